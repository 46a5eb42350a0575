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
package org.openhab.binding.vms.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.config.VmsAccountConfiguration;
import org.openhab.binding.vms.internal.handler.AccountConfigValidator.Invalid;
import org.openhab.binding.vms.internal.handler.AccountConfigValidator.Result;
import org.openhab.binding.vms.internal.handler.AccountConfigValidator.Valid;
import org.openhab.binding.vms.simulator.tls.TestCertificates;

/**
 * What the bridge's configuration check makes of each configuration: the status text of the first problem, in the
 * order the bridge has always reported them, or the configuration the connection starts with.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountConfigValidatorTest {

    private static final String NAME = "vms:account:home";

    /** One problem: the text it is reported with, the parameter it is in, and how a usable configuration gets it. */
    private record Problem(String statusText, String field, Consumer<VmsAccountConfiguration> change) {
    }

    /** Every problem the check knows, in the order the bridge has always reported them. */
    private static final List<Problem> IN_ORDER = List.of(
            new Problem(VmsStatusText.MISSING_BASE_URL, "baseUrl", c -> c.baseUrl = " "),
            new Problem(VmsStatusText.INVALID_BASE_URL, "baseUrl", c -> c.baseUrl = "vms.example.com"),
            new Problem(VmsStatusText.MISSING_CREDENTIALS, "password", c -> c.password = ""),
            new Problem(VmsStatusText.INVALID_SOCKET_OVERRIDE, "socketUrl",
                    c -> c.socketUrl = "wss://socket.example.com/../x"),
            new Problem(VmsStatusText.INVALID_SOCKET_OVERRIDE, "appKey", c -> c.appKey = "key&x=1"),
            new Problem(VmsStatusText.INVALID_CLIENT, "clientVersion", c -> c.clientVersion = "1.0\r\nX: y"),
            new Problem(VmsStatusText.PLAIN_HTTP, "baseUrl", c -> c.baseUrl = "http://vms.example.com"),
            new Problem(VmsStatusText.PLAIN_SOCKET, "socketUrl", c -> c.socketUrl = "ws://socket.example.com"),
            new Problem(VmsStatusText.INVALID_TRUSTED_CERTIFICATE, "trustedCertificate",
                    c -> c.trustedCertificate = "not a certificate"));

    @Test
    void aUsableConfigurationGivesWhatTheConnectionNeeds() throws Exception {
        VmsAccountConfiguration configuration = usable();
        configuration.baseUrl = "  https://vms.example.com/api/v1/ ";
        configuration.trustedCertificate = TestCertificates.loopbackCertificatePem();

        Valid valid = assertInstanceOf(Valid.class, AccountConfigValidator.validate(configuration, NAME));

        assertEquals(NAME, valid.config().name());
        assertEquals("me", valid.config().login());
        assertEquals("https://vms.example.com", valid.endpoints().server().baseUrl());
        assertNotNull(valid.endpoints().trustedCertificates(), "read during the check");
    }

    @Test
    void eachProblemHasItsStatusText() {
        for (Problem problem : IN_ORDER) {
            assertProblem(problem.statusText(), problem.change());
        }
    }

    @Test
    void aTokenReplacesLoginAndPasswordAndAllowPlainHttpLetsBothPlainUrlsThrough() {
        VmsAccountConfiguration configuration = usable();
        configuration.login = "";
        configuration.password = "";
        configuration.token = "a-token";
        configuration.baseUrl = "http://vms.example.com";
        configuration.socketUrl = "ws://socket.example.com";
        configuration.allowPlainHttp = true;

        assertInstanceOf(Valid.class, AccountConfigValidator.validate(configuration, NAME));
    }

    @Test
    void ofTwoProblemsTheEarlierIsShown() {
        for (int first = 0; first < IN_ORDER.size(); first++) {
            for (int later = first + 1; later < IN_ORDER.size(); later++) {
                Problem earlier = IN_ORDER.get(first);
                Problem other = IN_ORDER.get(later);
                if (!earlier.field().equals(other.field())) {
                    assertProblem(earlier.statusText(), other.change().andThen(earlier.change()));
                }
            }
        }
    }

    private static void assertProblem(String statusText, Consumer<VmsAccountConfiguration> change) {
        VmsAccountConfiguration configuration = usable();
        change.accept(configuration);
        Result result = AccountConfigValidator.validate(configuration, NAME);
        assertEquals(new Invalid(statusText), result, configuration::toString);
    }

    private static VmsAccountConfiguration usable() {
        VmsAccountConfiguration configuration = new VmsAccountConfiguration();
        configuration.baseUrl = "https://vms.example.com";
        configuration.login = "me";
        configuration.password = "secret";
        return configuration;
    }
}
