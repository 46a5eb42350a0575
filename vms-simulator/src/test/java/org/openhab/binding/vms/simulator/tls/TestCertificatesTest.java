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
package org.openhab.binding.vms.simulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.LoopbackHttpServer;

/**
 * The shipped test certificates work for HTTPS on loopback, and only when trusted explicitly.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class TestCertificatesTest {

    private static SSLContext trusting(String pem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("test", CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static int get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void httpsServerIsReachedOnlyWithTheCertificateTrusted() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer(TestCertificates.loopbackServer())) {
            server.route("GET", "/ping", HttpReply.empty(204));
            assertTrue(server.baseUrl().startsWith("https://127.0.0.1:"));

            HttpClient defaultTrust = HttpClient.newHttpClient();
            assertThrows(IOException.class, () -> get(defaultTrust, server.baseUrl() + "/ping"));

            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(trusting(TestCertificates.loopbackCertificatePem())).build();
            assertEquals(204, get(trusting, server.baseUrl() + "/ping"));
        }
    }

    @Test
    void certificateForAnotherHostFailsHostNameVerificationEvenWhenTrusted() throws Exception {
        try (LoopbackHttpServer server = new LoopbackHttpServer(TestCertificates.wrongHostServer())) {
            server.route("GET", "/ping", HttpReply.empty(204));
            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(trusting(TestCertificates.wrongHostCertificatePem())).build();
            assertThrows(IOException.class, () -> get(trusting, server.baseUrl() + "/ping"));
        }
    }
}
