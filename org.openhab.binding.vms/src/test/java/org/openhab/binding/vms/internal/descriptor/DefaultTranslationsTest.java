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
package org.openhab.binding.vms.internal.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * {@link DefaultTranslations} names keys, orders them and keeps the binding's own keys as openHAB's i18n tooling does.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class DefaultTranslationsTest {

    private static final String ADDON = """
            <addon:addon id="demo" xmlns:addon="https://openhab.org/schemas/addon/v1.0.0">
              <type>binding</type>
              <name>Demo Binding</name>
              <description>Shows keys.</description>
            </addon:addon>
            """;

    private static final String THINGS = """
            <thing:thing-descriptions bindingId="demo"
                xmlns:thing="https://openhab.org/schemas/thing-description/v1.0.0">
              <thing-type id="weather">
                <label>Weather</label>
                <channels>
                  <channel id="time" typeId="time-stamp"/>
                  <channel id="alarm" typeId="alarm"><label>Alarm Now</label></channel>
                </channels>
                <config-description>
                  <parameter-group name="advanced"><label>Expert</label></parameter-group>
                  <parameter name="refresh" type="integer"><label>Refresh</label><description>Minutes.</description>
                  </parameter>
                  <parameter name="language" type="text"><label>Language</label>
                    <options><option value="nl">Dutch</option><option value="de DE">German (Germany)</option></options>
                  </parameter>
                </config-description>
              </thing-type>
              <bridge-type id="account"><label>Account</label><description>An account.</description></bridge-type>
              <channel-type id="time-stamp">
                <item-type>DateTime</item-type>
                <label>Observation Time</label>
                <state readOnly="true" pattern="%1$tY-%1$tm-%1$td"/>
              </channel-type>
              <channel-type id="alarm">
                <kind>trigger</kind>
                <label>Alarm</label>
                <event><options><option value="FIRE">Fire</option></options></event>
              </channel-type>
              <channel-type id="mode">
                <item-type>String</item-type>
                <label>Mode</label>
                <state><options><option value="a:b">A to B</option></options></state>
                <command><options><option value="GO">Go</option></options></command>
              </channel-type>
            </thing:thing-descriptions>
            """;

    @Test
    void writesTheGeneratedSectionsThenTheBindingsOwnKeys() {
        String existing = """
                # add-on

                addon.demo.name = An outdated name

                # status texts

                offline.gone = Gone.
                offline.away = Away.
                """;
        String expected = """
                # add-on

                addon.demo.name = Demo Binding
                addon.demo.description = Shows keys.

                # thing types

                thing-type.demo.account.label = Account
                thing-type.demo.account.description = An account.
                thing-type.demo.weather.label = Weather
                thing-type.demo.weather.channel.alarm.label = Alarm Now

                # thing types config

                thing-type.config.demo.weather.group.advanced.label = Expert
                thing-type.config.demo.weather.language.label = Language
                thing-type.config.demo.weather.language.option.nl = Dutch
                thing-type.config.demo.weather.language.option.de\\ DE = German (Germany)
                thing-type.config.demo.weather.refresh.label = Refresh
                thing-type.config.demo.weather.refresh.description = Minutes.

                # channel types

                channel-type.demo.alarm.label = Alarm
                channel-type.demo.mode.label = Mode
                channel-type.demo.mode.state.option.a\\:b = A to B
                channel-type.demo.mode.command.option.GO = Go
                channel-type.demo.time-stamp.label = Observation Time
                channel-type.demo.time-stamp.state.pattern = %1$tY-%1$tm-%1$td

                # status texts

                offline.gone = Gone.
                offline.away = Away.
                """;
        assertEquals(expected,
                DefaultTranslations.write(Map.of("addon/addon.xml", ADDON, "thing/things.xml", THINGS), existing));
    }

    @Test
    void readsHeadersLowerCasedAndGroupsSortedAsTheToolingDoes() {
        String existing = """
                # Status Texts
                # Second Line

                offline.b = B.

                offline.a = A.
                """;
        assertEquals("""
                # status texts
                # second line

                offline.a = A.
                offline.b = B.
                """, DefaultTranslations.render(DefaultTranslations.fromProperties(existing)));
    }
}
