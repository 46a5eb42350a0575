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
package org.openhab.binding.vms.cli.binding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.CliContext;
import org.openhab.binding.vms.cli.CliOptions;
import org.openhab.binding.vms.cli.HttpClients;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.cli.VmsTarget;
import org.openhab.binding.vms.internal.VmsBindingConstants;
import org.openhab.binding.vms.internal.VmsHandlerFactory;
import org.openhab.binding.vms.internal.discovery.VmsDiscoveryService;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.handler.VmsAccountHandler;
import org.openhab.binding.vms.simulator.runtime.LocalOpenhabRuntime;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.VolatileStorageService;
import org.openhab.binding.vms.simulator.vms.SimulatedVms;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingHandlerFactory;

/**
 * Binding mode (the default, stage 2 of the main job): the binding itself runs headless. Its components run as in
 * openHAB ({@link LocalOpenhabRuntime}): the {@link VmsHandlerFactory}, made and activated from its description, and
 * the discovery component, whose instance for the bridge the factory registers and the {@link Inbox} listens to. The
 * account bridge and camera and intercom Things are created through the factory and run by openHAB's thing manager
 * rules ({@link LocalThingManager}); what openHAB's event log would show (Thing status changes, channel updates,
 * triggers, discovery results) is printed ({@link EventLog}, listening to the manager), in the language of
 * {@code --language} (openHAB's locale). Every channel counts as linked: the run shows them all. At the end the
 * binding's console command shows the accounts and the last messages ({@link ConsoleCommands}). The Things' rule
 * actions are registered as openHAB registers them ({@link RuleActions}); the scenario calls one as a rule does.
 * <p>
 * Against the embedded simulator it plays a short scenario ({@link SimulatorScenario}) and then every example
 * message, and exits 0 once each step had its effect and all messages arrived. Against a real VMS it creates the
 * Things given with {@code --camera}/{@code --intercom} (else every camera and intercom of the account) and runs
 * until {@code --duration} passes or Ctrl-C (exit 0), or until the account fails for good (exit 1).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BindingMode {

    public static final Duration SIMULATOR_TIME_LIMIT = Duration.ofSeconds(60);
    /** How long a real VMS may take to bring the bridge online before the run gives up. */
    public static final Duration ONLINE_TIME_LIMIT = Duration.ofSeconds(60);

    private BindingMode() {
    }

    public static int run(CliContext context) throws Exception {
        CliConsole console = context.console();
        RunControl control = context.control();
        ThingTypeDefinitions definitions = ThingTypeDefinitions.load(VmsHandlerFactory.class);
        VmsThings things = new VmsThings(definitions);
        try (VmsTarget target = context.openTarget()) {
            HttpClient http = HttpClients.start();
            // openHAB's locale is the one --language names: status texts and labels come out in that language, from
            // the binding's i18n files read by the runtime's translation provider, as openHAB shows them
            LocalOpenhabRuntime openhab = new LocalOpenhabRuntime(VmsHandlerFactory.class, definitions.bindingId(),
                    context.options().locale());
            EventLog log = new EventLog(console, control, openhab.service(TranslationProvider.class),
                    openhab.service(LocaleProvider.class).getLocale());
            openhab.register(HttpClientFactory.class, new CliHttpClientFactory(http));
            // in memory: the main job writes no token to disk
            openhab.register(StorageService.class, new VolatileStorageService());
            openhab.enable(VmsHandlerFactory.class);
            openhab.enable(VmsDiscoveryService.class);
            RuleActions actions = RuleActions.start(openhab);
            Inbox inbox = new Inbox(log, openhab.context());
            LocalThingManager manager = new LocalThingManager(openhab.service(ThingHandlerFactory.class));
            manager.addListener(log);
            ConsoleCommands consoleCommands = ConsoleCommands.start(openhab, manager);
            try {
                return run(context, target, things, manager, log, actions, consoleCommands);
            } finally {
                manager.close();
                inbox.close();
                openhab.close();
                HttpClients.stop(http, console);
            }
        }
    }

    private static int run(CliContext context, VmsTarget target, VmsThings things, LocalThingManager manager,
            EventLog log, RuleActions actions, ConsoleCommands consoleCommands) throws InterruptedException {
        CliOptions options = context.options();
        CliConsole console = context.console();
        RunControl control = context.control();
        SimulatedVms simulator = target.simulator();
        Instant start = Instant.now();
        Duration duration = options.duration();
        // simulator: the time limit of the whole run; real VMS: how long to run, of which at most a minute to start
        @Nullable
        Instant end = duration != null ? start.plus(duration)
                : simulator != null ? start.plus(SIMULATOR_TIME_LIMIT) : null;
        Instant startLimit = start.plus(simulator != null ? SIMULATOR_TIME_LIMIT : ONLINE_TIME_LIMIT);
        Instant deadline = end != null && end.isBefore(startLimit) ? end : startLimit;

        Bridge bridge = things.account(target.config());
        manager.add(bridge);
        if (!control.await(() -> bridge.getStatus() == ThingStatus.ONLINE || failedForGood(bridge), deadline)
                || failedForGood(bridge)) {
            return failed(console, control, "the account Thing is " + log.describe(bridge.getStatusInfo()));
        }
        target.maskSimulatorTokens(console);

        List<Thing> children = children(options, things, bridge, console);
        children.forEach(manager::add);
        if (!control.await(() -> children.stream().allMatch(BindingMode::settled), deadline)) {
            return failed(console, control, "not every Thing finished initialising");
        }

        int exit;
        if (simulator != null) {
            SimulatorScenario scenario = new SimulatorScenario(simulator, things, manager, log, actions, console,
                    control, end != null ? end : deadline, new Snapshots(manager, console, options.snapshotDir()));
            exit = scenario.run() ? 0 : failed(console, control, scenario.problem());
        } else {
            if (options.snapshotDir() != null) {
                Snapshots snapshots = new Snapshots(manager, console, options.snapshotDir());
                children.stream().filter(t -> t.getStatus() == ThingStatus.ONLINE
                        && VmsBindingConstants.THING_TYPE_CAMERA.equals(t.getThingTypeUID()))
                        .forEach(t -> snapshots.take(t.getUID()));
            }
            boolean broken = control.await(() -> failedForGood(bridge), end);
            exit = broken ? failed(console, control, "the account Thing is " + log.describe(bridge.getStatusInfo()))
                    : 0;
        }
        // what the binding's console command shows at the end of the run
        consoleCommands.run(console, "list");
        consoleCommands.run(console, "events", bridge.getUID().getId(), "3");
        console.info(summary(log, manager));
        return exit;
    }

    /** The Things to create under the bridge: as given on the command line, else all of the account. */
    private static List<Thing> children(CliOptions options, VmsThings things, Bridge bridge, CliConsole console) {
        Map<Long, @Nullable String> cameras = new LinkedHashMap<>();
        Map<Long, @Nullable String> intercoms = new LinkedHashMap<>();
        options.cameras().forEach(id -> cameras.put(id, null));
        options.intercoms().forEach(id -> intercoms.put(id, null));
        if (cameras.isEmpty() && intercoms.isEmpty()) {
            VmsRestClient rest = bridge.getHandler() instanceof VmsAccountHandler account ? account.restClient()
                    : null;
            if (rest == null) {
                console.info("the account is not online; no cameras or intercoms to add");
            } else {
                try {
                    for (VmsCamera camera : rest.getCameras()) {
                        Long id = camera.id();
                        if (id != null) {
                            cameras.put(id, camera.name());
                        }
                    }
                    for (VmsIntercom intercom : rest.getIntercoms()) {
                        Long id = intercom.id();
                        if (id != null) {
                            intercoms.put(id, intercom.title());
                        }
                    }
                } catch (VmsApiException e) {
                    console.info("error: could not list the cameras and intercoms: " + e.getMessage());
                }
            }
        }
        List<Thing> result = new ArrayList<>();
        cameras.forEach((id, name) -> result.add(things.camera(id, name)));
        intercoms.forEach((id, name) -> result.add(things.intercom(id, name)));
        console.info("adding " + cameras.size() + " camera and " + intercoms.size() + " intercom Things");
        return result;
    }

    private static boolean settled(Thing thing) {
        ThingStatus status = thing.getStatus();
        return status != ThingStatus.UNINITIALIZED && status != ThingStatus.INITIALIZING
                || thing.getStatusInfo().getStatusDetail() != ThingStatusDetail.NONE;
    }

    /** OFFLINE for a reason only the user can fix: waiting longer will not help. */
    private static boolean failedForGood(Thing bridge) {
        ThingStatusDetail detail = bridge.getStatusInfo().getStatusDetail();
        return bridge.getStatus() == ThingStatus.OFFLINE && detail == ThingStatusDetail.CONFIGURATION_ERROR
                || bridge.getStatus() == ThingStatus.UNINITIALIZED && detail != ThingStatusDetail.NONE;
    }

    private static String summary(EventLog log, LocalThingManager manager) {
        StringBuilder text = new StringBuilder();
        text.append(log.count(e -> e.type() == EventLog.Type.STATUS)).append(" status changes, ")
                .append(log.count(e -> e.type() == EventLog.Type.STATE)).append(" channel updates, ")
                .append(log.count(e -> e.type() == EventLog.Type.TRIGGER)).append(" triggers, ")
                .append(log.count(e -> e.type() == EventLog.Type.COMMAND)).append(" commands; Things:");
        for (Thing thing : manager.things()) {
            text.append(' ').append(thing.getUID().getId()).append('=').append(thing.getStatus());
        }
        return text.toString();
    }

    private static int failed(CliConsole console, RunControl control, String what) {
        String failure = control.failure();
        console.info("failed: " + (failure != null ? failure : what));
        return 1;
    }
}
