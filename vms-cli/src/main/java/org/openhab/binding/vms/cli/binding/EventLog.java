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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.cli.CliConsole;
import org.openhab.binding.vms.cli.RunControl;
import org.openhab.binding.vms.internal.api.event.VmsJsonRedactor;
import org.openhab.binding.vms.simulator.runtime.LocalThingManager;
import org.openhab.binding.vms.simulator.runtime.ThingManagerListener;
import org.openhab.binding.vms.simulator.testing.OpenHabStatusText;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Prints what openHAB's event log would show for the Things of a headless run ({@link LocalThingManager}, which it
 * listens to), one line each on stdout, and keeps the entries so the run can wait for an effect:
 *
 * <pre>
 * Thing 'vms:camera:acc:cam1001' changed from UNKNOWN to ONLINE
 * Channel 'vms:camera:acc:cam1001:favorite' changed from NULL to ON
 * Channel 'vms:camera:acc:cam1001:favorite' updated to ON
 * Channel 'vms:camera:acc:cam1001:analytic-event' triggered LICENSE_PLATE
 * Channel 'vms:camera:acc:cam1002:favorite' received command ON
 * </pre>
 *
 * Every channel is shown as if an item were linked to it (channel states start as {@code NULL}). JSON states and
 * trigger payloads have door codes masked; the console masks tokens and passwords.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class EventLog implements ThingManagerListener {

    public enum Type {
        STATUS,
        STATE,
        TRIGGER,
        COMMAND
    }

    /**
     * @param uid the Thing UID (STATUS) or the channel UID
     * @param value the new status, state, trigger payload or command, as printed
     * @param changed for STATE: whether the state differed from the previous one
     */
    public record Entry(Type type, String uid, String value, boolean changed) {
    }

    /** Longer previous states are abbreviated in "changed from" (the new state is always printed whole). */
    static final int MAX_PREVIOUS_LENGTH = 100;

    private final CliConsole console;
    private final RunControl control;
    /** The text of an i18n key (without {@code @text/}), null when there is none. */
    private final Function<String, @Nullable String> textOfKey;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<ChannelUID, String> states = new HashMap<>();

    /** An event log that shows status descriptions as the handlers set them. */
    public EventLog(CliConsole console, RunControl control) {
        this(console, control, key -> null);
    }

    /**
     * @param translations the runtime's translation provider (the binding's {@code OH-INF/i18n} files), which
     *            translates the {@code @text/...} status descriptions as openHAB does
     * @param locale the language of the texts
     */
    public EventLog(CliConsole console, RunControl control, TranslationProvider translations, Locale locale) {
        this(console, control, key -> translations.getText(null, key, null, locale));
    }

    private EventLog(CliConsole console, RunControl control, Function<String, @Nullable String> textOfKey) {
        this.console = console;
        this.control = control;
        this.textOfKey = textOfKey;
    }

    /** openHAB's event log shows a Thing's status when it changed. */
    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo previous, ThingStatusInfo current) {
        if (previous.equals(current)) {
            return;
        }
        String line = "Thing '" + thing.getUID() + "' changed from " + describe(previous) + " to " + describe(current);
        add(new Entry(Type.STATUS, thing.getUID().getAsString(), current.getStatus().name(), true), line);
    }

    /** Like {@link ThingStatusInfo#toString()}, with the description translated. */
    public String describe(ThingStatusInfo status) {
        return new ThingStatusInfo(status.getStatus(), status.getStatusDetail(),
                OpenHabStatusText.render(status.getDescription(), textOfKey)).toString();
    }

    @Override
    public void stateUpdated(ChannelUID channel, State state) {
        String value = printable(state.toFullString());
        String previous;
        synchronized (this) {
            previous = states.put(channel, value);
        }
        String before = previous == null ? UnDefType.NULL.toFullString() : previous;
        boolean changed = !before.equals(value);
        String line = "Channel '" + channel + "' "
                + (changed ? "changed from " + abbreviate(before) + " to " : "updated to ") + value;
        add(new Entry(Type.STATE, channel.getAsString(), value, changed), line);
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channel, String event) {
        String value = printable(event);
        add(new Entry(Type.TRIGGER, channel.getAsString(), value, true),
                "Channel '" + channel + "' triggered " + value);
    }

    @Override
    public void commandSent(ChannelUID channel, Command command) {
        String value = printable(command.toFullString());
        add(new Entry(Type.COMMAND, channel.getAsString(), value, true),
                "Channel '" + channel + "' received command " + value);
    }

    /** openHAB hands a time series to persistence; a headless run has none. */
    @Override
    public void timeSeriesSent(ChannelUID channel, TimeSeries timeSeries) {
        note("time series of " + timeSeries.size() + " states for " + channel + " (not persisted)");
    }

    /** Other things worth a line (e.g. what discovery found); not recorded. */
    public void note(String line) {
        console.info(line);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized boolean contains(Predicate<Entry> condition) {
        return entries.stream().anyMatch(condition);
    }

    public synchronized long count(Predicate<Entry> condition) {
        return entries.stream().filter(condition).count();
    }

    /** The last state printed for a channel, or null if none. */
    public synchronized @Nullable String state(ChannelUID channel) {
        return states.get(channel);
    }

    private void add(Entry entry, String line) {
        synchronized (this) {
            entries.add(entry);
            // printed under the lock so that the order of lines is the order of entries
            console.result(line);
        }
        control.changed();
    }

    static String abbreviate(String value) {
        if (value.length() <= MAX_PREVIOUS_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_PREVIOUS_LENGTH - 40) + "... (" + value.length() + " chars)";
    }

    /** Masks door codes in JSON values; anything else unchanged. */
    static String printable(String value) {
        String trimmed = value.trim();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return value;
        }
        try {
            JsonElement json = JsonParser.parseString(trimmed);
            return json.isJsonObject() || json.isJsonArray() ? VmsJsonRedactor.mask(json).toString() : value;
        } catch (RuntimeException | StackOverflowError e) {
            return value;
        }
    }
}
