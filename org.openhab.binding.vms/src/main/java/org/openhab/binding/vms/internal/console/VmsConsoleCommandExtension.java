/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.vms.internal.console;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.api.rest.VmsTooManySessionsException;
import org.openhab.binding.vms.internal.api.rest.dto.VmsSession;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.internal.handler.VmsKnownCamera;
import org.openhab.binding.vms.internal.handler.VmsKnownIntercom;
import org.openhab.binding.vms.internal.handler.VmsRecentMessage;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The console command {@code openhab:vms} (openHAB's console prefixes {@code openhab:}): what the account bridges
 * know and do, for troubleshooting without a debugger. Accounts are found in openHAB's {@link ThingRegistry}, by
 * Thing UID or by the UID's last part. Nothing shown holds a secret: tokens never leave the connection, and message
 * JSON goes through the one redactor (door codes removed).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ConsoleCommandExtension.class)
public class VmsConsoleCommandExtension extends AbstractConsoleCommandExtension {

    static final String LIST = "list";
    static final String CAMERAS = "cameras";
    static final String INTERCOMS = "intercoms";
    static final String SESSIONS = "sessions";
    static final String RECONNECT = "reconnect";
    static final String EVENTS = "events";
    static final String DECODE = "decode";
    /** The subcommands that take an account. */
    private static final Set<String> ACCOUNT_SUBCOMMANDS = Set.of(CAMERAS, INTERCOMS, SESSIONS, RECONNECT, EVENTS);
    /** How many messages {@code events} shows without a count. */
    static final int DEFAULT_EVENTS = 10;

    private final ConsoleAccounts accounts;

    @Activate
    public VmsConsoleCommandExtension(@Reference ThingRegistry thingRegistry) {
        super("vms", "Look into VMS accounts: Things, sessions, recent messages; decode a message.");
        this.accounts = new ConsoleAccounts(thingRegistry);
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage(LIST, "lists the VMS accounts with their status and connection state"),
                buildCommandUsage(CAMERAS + " <account>", "lists the cameras of the account as last read"),
                buildCommandUsage(INTERCOMS + " <account>", "lists the intercoms of the account as last read"),
                buildCommandUsage(SESSIONS + " <account>",
                        "lists the account's open sessions on the server (to resolve the session limit)"),
                buildCommandUsage(RECONNECT + " <account>", "drops the connection and connects again"),
                buildCommandUsage(EVENTS + " <account> [n]", "shows the last n received messages (default "
                        + DEFAULT_EVENTS + ", at most " + VmsAccountHandler.RECENT_MESSAGES + "), door codes removed"),
                buildCommandUsage(DECODE + " <json>",
                        "shows what the binding makes of a socket message (a Pusher frame or its data)"),
                "  <account> is the account Thing's UID (vms:account:...) or its last part");
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length == 0) {
            printUsage(console);
            return;
        }
        String subcommand = args[0];
        if (LIST.equals(subcommand) && args.length == 1) {
            list(console);
        } else if (DECODE.equals(subcommand) && args.length > 1) {
            // the console splits at spaces: JSON with spaces arrives in pieces
            String json = String.join(" ", Arrays.asList(args).subList(1, args.length));
            new DecodePrinter(console).print(new VmsEventDecoder().decodeFrame(DecodePrinter.asFrame(json)));
        } else if (ACCOUNT_SUBCOMMANDS.contains(subcommand)
                && (args.length == 2 || args.length == 3 && EVENTS.equals(subcommand))) {
            VmsAccountHandler account = accounts.find(args[1], console);
            if (account != null) {
                forAccount(subcommand, account, args, console);
            }
        } else {
            printUsage(console);
        }
    }

    private void forAccount(String subcommand, VmsAccountHandler account, String[] args, Console console) {
        switch (subcommand) {
            case CAMERAS -> cameras(account, console);
            case INTERCOMS -> intercoms(account, console);
            case SESSIONS -> sessions(account, console);
            case RECONNECT -> console.println(account.reconnect() ? "Reconnecting " + uid(account)
                    : uid(account) + " has no connection to restart (not initialised or not configured)");
            case EVENTS -> events(account, args.length == 3 ? args[2] : null, console);
            default -> printUsage(console);
        }
    }

    private void list(Console console) {
        List<Thing> bridges = accounts.all();
        if (bridges.isEmpty()) {
            console.println("No VMS account Things.");
            return;
        }
        for (Thing bridge : bridges) {
            StringBuilder line = new StringBuilder(bridge.getUID().getAsString()).append(' ')
                    .append(ConsoleAccounts.describeStatus(bridge));
            if (bridge.getHandler() instanceof VmsAccountHandler account) {
                line.append(", connection ").append(account.connectionState()).append(", ")
                        .append(account.knownCameras().size()).append(" cameras, ")
                        .append(account.knownIntercoms().size()).append(" intercoms");
            }
            String label = bridge.getLabel();
            if (label != null && !label.isBlank()) {
                line.append(" (").append(label).append(')');
            }
            console.println(line.toString());
        }
    }

    private void cameras(VmsAccountHandler account, Console console) {
        List<VmsKnownCamera> cameras = account.knownCameras().stream()
                .sorted(Comparator.comparingLong(VmsKnownCamera::id)).toList();
        if (cameras.isEmpty()) {
            console.println("No cameras known for " + uid(account) + " (the list is read once the account is online).");
        }
        for (VmsKnownCamera camera : cameras) {
            Boolean favorite = camera.favorite();
            console.println(camera.id() + " " + quoted(camera.name()) + " status " + text(camera.status())
                    + ", favourite " + (favorite == null ? "unknown" : favorite ? "yes" : "no") + ", Thing "
                    + accounts.childThing(account, camera.id(), true));
        }
    }

    private void intercoms(VmsAccountHandler account, Console console) {
        List<VmsKnownIntercom> intercoms = account.knownIntercoms().stream()
                .sorted(Comparator.comparingLong(VmsKnownIntercom::id)).toList();
        if (intercoms.isEmpty()) {
            console.println(
                    "No intercoms known for " + uid(account) + " (the list is read once the account is online).");
        }
        for (VmsKnownIntercom intercom : intercoms) {
            Boolean online = intercom.online();
            Long cameraId = intercom.cameraId();
            console.println(intercom.id() + " " + quoted(intercom.name()) + " address " + quoted(intercom.address())
                    + ", online " + (online == null ? "unknown" : online ? "yes" : "no") + ", camera "
                    + (cameraId == null ? "-" : cameraId) + ", Thing "
                    + accounts.childThing(account, intercom.id(), false));
        }
    }

    private void sessions(VmsAccountHandler account, Console console) {
        VmsRestClient rest = account.restClient();
        List<VmsSession> sessions;
        if (rest != null) {
            try {
                sessions = rest.getSessions();
            } catch (VmsApiException e) {
                console.println("Could not read the sessions of " + uid(account) + ": " + e.getMessage());
                return;
            }
            console.println(sessions.size() + " open sessions of " + uid(account) + ":");
        } else if (account.lastConnectionProblem() instanceof VmsTooManySessionsException limit) {
            // no session of our own to ask with: the refused login listed them
            sessions = limit.getSessions();
            Integer max = limit.getSessionsLimit();
            console.println("The login of " + uid(account) + " was refused: the account has the maximum number of"
                    + " sessions" + (max == null ? "" : " (" + max + ")") + ". End one in the VMS app or web"
                    + " interface, then run 'vms reconnect " + account.getThing().getUID().getId() + "'. Sessions:");
        } else {
            console.println(uid(account) + " is not online, so its sessions cannot be read.");
            return;
        }
        for (VmsSession session : sessions) {
            console.println(session.id() + (session.current() ? " (this binding)" : "") + " client "
                    + text(session.client()) + ", online " + (session.online() ? "yes" : "no") + ", ip "
                    + text(session.ip()) + ", " + quoted(session.userAgent()));
        }
    }

    private void events(VmsAccountHandler account, @Nullable String countText, Console console) {
        int count = DEFAULT_EVENTS;
        if (countText != null) {
            try {
                count = Integer.parseInt(countText);
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1) {
                console.println("The number of messages must be a whole number of at least 1, not '" + countText
                        + "'.");
                return;
            }
        }
        List<VmsRecentMessage> messages = account.recentMessages(count);
        if (messages.isEmpty()) {
            console.println("No messages received by " + uid(account) + " yet.");
        }
        for (VmsRecentMessage message : messages) {
            console.println(message.received() + " " + message.kind() + " " + text(message.wireType()) + " "
                    + message.redactedJson());
        }
    }

    private static String uid(VmsAccountHandler account) {
        return account.getThing().getUID().getAsString();
    }

    static String text(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    static String quoted(@Nullable String value) {
        return value == null ? "-" : '"' + value + '"';
    }
}
