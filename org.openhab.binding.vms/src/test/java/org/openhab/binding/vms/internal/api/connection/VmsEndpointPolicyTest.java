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
package org.openhab.binding.vms.internal.api.connection;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.rest.dto.VmsWsUrl;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;
import org.openhab.binding.vms.simulator.tls.TestCertificates;

/**
 * The endpoint rules on their own: the same answers for the bridge's check before anything starts (the public
 * methods) and for the connection's attempts (the package's), and the configured certificate read once.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsEndpointPolicyTest {

    private static final String PEM = TestCertificates.loopbackCertificatePem();
    private static final VmsWsUrl SERVER = new VmsWsUrl("wss://socket.example.com/pusher", "server-key");

    @Test
    void theBaseUrlIsNormalisedOrRefused() {
        assertEquals("https://vms.example.com", policy("https://vms.example.com/api/v1/", null, null, false, null)
                .server().baseUrl());
        assertThrows(IllegalArgumentException.class, () -> policy("ftp://vms.example.com", null, null, false, null));
    }

    @Test
    void aPlainBaseUrlIsRefusedUnlessAllowedInBothLayers() throws Exception {
        VmsEndpointPolicy plain = policy("http://vms.example.com", null, null, false, null);
        assertEquals(Problem.PLAIN_HTTP,
                assertThrows(VmsTransportSecurityException.class, plain::requireSecureBaseUrl).getProblem());
        ConfigurationProblem forConnection = assertThrows(ConfigurationProblem.class, plain::checkBaseUrl);
        assertEquals(Problem.PLAIN_HTTP,
                assertInstanceOf(VmsTransportSecurityException.class, forConnection.problem).getProblem());

        policy("http://vms.example.com", null, null, true, null).checkBaseUrl();
        policy("https://vms.example.com", null, null, false, null).requireSecureBaseUrl();
    }

    @Test
    void unusableOverridesAreFoundBeforeTheServerIsAsked() throws Exception {
        policy("https://vms.example.com", null, null, false, null).checkSocketOverrides();
        policy("https://vms.example.com", "wss://other.example.com/ws", "my-key", false, null).checkSocketOverrides();
        for (VmsEndpointPolicy bad : new VmsEndpointPolicy[] {
                policy("https://vms.example.com", "wss://other.example.com/../x", null, false, null),
                policy("https://vms.example.com", "ftp://other.example.com", null, false, null),
                policy("https://vms.example.com", null, "key?x=1", false, null) }) {
            VmsApiException e = assertThrows(VmsApiException.class, bad::checkSocketOverrides);
            assertEquals(Reason.INVALID_REQUEST, e.getReason(), e.getMessage());
        }
    }

    @Test
    void aPlainSocketOverrideIsRefusedUnlessAllowed() throws Exception {
        VmsEndpointPolicy plain = policy("https://vms.example.com", "ws://other.example.com", null, false, null);
        VmsTransportSecurityException e = assertThrows(VmsTransportSecurityException.class,
                plain::requireSecureSocketOverride);
        assertEquals(Problem.PLAIN_SOCKET, e.getProblem());
        assertTrue(e.getMessage().contains("configured socket URL"), e.getMessage());
        policy("https://vms.example.com", "ws://other.example.com", null, true, null).requireSecureSocketOverride();
        policy("https://vms.example.com", null, null, false, null).requireSecureSocketOverride();
        // unusable rather than plain: that is checkSocketOverrides()'s to say
        policy("https://vms.example.com", "ws://other.example.com/..", null, false, null)
                .requireSecureSocketOverride();
    }

    @Test
    void theSocketUrlIsTheServersWithTheOverridesInItsPlace() throws Exception {
        assertEquals("wss://socket.example.com:443/pusher/app/server-key?protocol=7&client=openhab-vms&version=1.0.0",
                policy("https://vms.example.com", null, null, false, null).socketUrl(SERVER).url());
        assertEquals("wss://other.example.com:8443/ws/app/my-key?protocol=7&client=openhab-vms&version=1.0.0",
                policy("https://vms.example.com", "wss://other.example.com:8443/ws", "my-key", false, null)
                        .socketUrl(SERVER).url());
    }

    @Test
    void aBadServerAnswerIsTheServersProblemAndABadOverrideTheConfigurations() {
        VmsApiException server = assertThrows(VmsApiException.class,
                () -> policy("https://vms.example.com", null, null, false, null)
                        .socketUrl(new VmsWsUrl("wss://socket.example.com/pusher?x=1", "server-key")));
        assertEquals(Reason.MALFORMED_RESPONSE, server.getReason());

        ConfigurationProblem override = assertThrows(ConfigurationProblem.class,
                () -> policy("https://vms.example.com", "wss://other.example.com/%00", null, false, null)
                        .socketUrl(SERVER));
        assertEquals(Reason.INVALID_REQUEST, override.problem.getReason());
    }

    @Test
    void aPlainSocketTheServerReportsIsRefusedUnlessAllowed() throws Exception {
        VmsWsUrl plain = new VmsWsUrl("ws://socket.example.com", "server-key");
        ConfigurationProblem e = assertThrows(ConfigurationProblem.class,
                () -> policy("https://vms.example.com", null, null, false, null).socketUrl(plain));
        assertEquals(Problem.PLAIN_SOCKET,
                assertInstanceOf(VmsTransportSecurityException.class, e.problem).getProblem());
        assertTrue(e.getMessage().contains("socket URL the server reported"), e.getMessage());
        assertFalse(policy("https://vms.example.com", null, null, true, null).socketUrl(plain).isTls());
    }

    @Test
    void withoutACertificateTheJvmsTrustIsAllThereIs() throws Exception {
        VmsEndpointPolicy policy = policy("https://vms.example.com", null, null, false, null);
        assertNull(policy.trustedCertificates());
        assertNull(policy.restTls());
        assertNull(policy.socketTrust());
    }

    @Test
    void theCertificateIsReadOnceAndTrustedByRestAndSocket() throws Exception {
        VmsEndpointPolicy policy = policy("https://vms.example.com", null, null, false, PEM);
        VmsTrustedCertificates certificates = policy.trustedCertificates();
        assertNotNull(certificates);
        assertSame(certificates, policy.trustedCertificates());
        assertEquals(1, certificates.certificates().size());

        SslContextFactory.Client rest = policy.restTls();
        assertNotNull(rest);
        assertEquals(VmsTrustedCertificates.ENDPOINT_IDENTIFICATION, rest.getEndpointIdentificationAlgorithm());
        assertFalse(rest.isTrustAll());
        assertNotNull(policy.socketTrust());
        assertSame(policy.socketTrust(), policy.socketTrust());
    }

    @Test
    void anUnreadableCertificateIsAConfigurationProblemEverywhere() {
        VmsEndpointPolicy policy = policy("https://vms.example.com", null, null, false,
                "-----BEGIN CERTIFICATE-----not base64!-----END CERTIFICATE-----");
        for (Executable use : new Executable[] { policy::trustedCertificates, policy::restTls }) {
            assertEquals(Problem.INVALID_TRUSTED_CERTIFICATE,
                    assertThrows(VmsTransportSecurityException.class, use).getProblem());
        }
        ConfigurationProblem socket = assertThrows(ConfigurationProblem.class, policy::socketTrust);
        assertEquals(Problem.INVALID_TRUSTED_CERTIFICATE,
                assertInstanceOf(VmsTransportSecurityException.class, socket.problem).getProblem());
    }

    private static VmsEndpointPolicy policy(String baseUrl, @Nullable String socketUrl, @Nullable String appKey,
            boolean allowPlainHttp, @Nullable String trustedCertificate) {
        return new VmsEndpointPolicy(new VmsAccountConfig(baseUrl, "user", "secret", null, "en", socketUrl, appKey,
                Duration.ofMinutes(1), "vms:account:policy", allowPlainHttp, trustedCertificate));
    }
}
