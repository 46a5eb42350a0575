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
package org.openhab.binding.vms.internal.api.rest;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;
import org.openhab.binding.vms.simulator.tls.TestCertificates;

/**
 * The REST client over real HTTPS on loopback: a verifying Jetty client (like openHAB's shared one) refuses a
 * self-signed server before sending anything; a client whose trust store holds the server's certificate
 * ({@link VmsTrustedCertificates}) talks to it; and a trusted certificate issued for another host name is still
 * refused, because host-name verification stays on.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientTlsTest {

    private static final String PASSWORD = "tls-test-password";

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }

    @Test
    void aSelfSignedServerIsRefusedBeforeAnythingIsSent() throws Exception {
        LoopbackHttpServer server = server(TestCertificates.loopbackServer());

        VmsApiException e = assertThrows(VmsApiException.class,
                () -> client(server, new SslContextFactory.Client()).login("jane@example.com", PASSWORD));

        assertSecurityProblem(Problem.UNTRUSTED_CERTIFICATE, e);
        assertEquals(List.of(), server.requests(), "not even the request line reached the server");
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void theTrustedCertificateIsAccepted() throws Exception {
        LoopbackHttpServer server = server(TestCertificates.loopbackServer());

        VmsRestClient client = client(server,
                VmsTrustedCertificates.parse(TestCertificates.loopbackCertificatePem()).sslContextFactory());
        client.login("jane@example.com", PASSWORD);

        assertEquals(1, server.requests("POST", "/api/v1/token").size());
        assertTrue(client.hasAccessToken());
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsStillRefused() throws Exception {
        // the server presents a certificate for other.invalid, and the user trusts exactly that certificate
        LoopbackHttpServer server = server(TestCertificates.wrongHostServer());

        VmsApiException e = assertThrows(VmsApiException.class, () -> client(server,
                VmsTrustedCertificates.parse(TestCertificates.wrongHostCertificatePem()).sslContextFactory())
                .login("jane@example.com", PASSWORD));

        assertSecurityProblem(Problem.HOST_NAME_MISMATCH, e);
        assertEquals(List.of(), server.requests());
    }

    @Test
    void trustingOneCertificateDoesNotTrustAnother() throws Exception {
        LoopbackHttpServer server = server(TestCertificates.wrongHostServer());

        VmsApiException e = assertThrows(VmsApiException.class, () -> client(server,
                VmsTrustedCertificates.parse(TestCertificates.loopbackCertificatePem()).sslContextFactory())
                .login("jane@example.com", PASSWORD));

        assertSecurityProblem(Problem.UNTRUSTED_CERTIFICATE, e);
        assertEquals(List.of(), server.requests());
    }

    private static void assertSecurityProblem(Problem expected, VmsApiException e) {
        VmsTransportSecurityException security = assertInstanceOf(VmsTransportSecurityException.class, e,
                e.getMessage());
        assertEquals(expected, security.getProblem(), e.getMessage());
        assertEquals(Reason.NETWORK, e.getReason(), "retried: the server's certificate may be fixed");
    }

    private LoopbackHttpServer server(SSLContext tls) throws Exception {
        LoopbackHttpServer server = new LoopbackHttpServer(tls);
        resources.add(server);
        server.route("POST", "/api/v1/token", HttpReply.json(200, example("rest/token.response.json")));
        return server;
    }

    private VmsRestClient client(LoopbackHttpServer server, SslContextFactory.Client tls) throws Exception {
        HttpClient httpClient = new HttpClient(tls);
        httpClient.start();
        resources.add(httpClient::stop);
        return new VmsRestClient(httpClient, VmsRestConfig.of(server.baseUrl()).withTimeout(Duration.ofSeconds(5)));
    }

    private static String example(String name) {
        return RestTestBase.example(name);
    }
}
