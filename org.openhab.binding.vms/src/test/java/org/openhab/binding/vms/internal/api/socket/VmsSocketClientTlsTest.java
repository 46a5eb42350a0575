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
package org.openhab.binding.vms.internal.api.socket;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException.Problem;
import org.openhab.binding.vms.internal.api.tls.VmsTrustedCertificates;
import org.openhab.binding.vms.simulator.pusher.PusherServerConnection;
import org.openhab.binding.vms.simulator.pusher.PusherServerSettings;
import org.openhab.binding.vms.simulator.testing.TestResources;
import org.openhab.binding.vms.simulator.tls.TestCertificates;
import org.openhab.core.test.java.JavaTest;

/**
 * The socket client against a real {@code wss} Pusher server on loopback: with the JVM's trust a self-signed server
 * is refused during the TLS handshake (no WebSocket is opened, no channel is authorised) and the failure says so,
 * every time (repeated: two threads race to report it); with a trust manager that trusts the server's certificate
 * it subscribes both channels; and a trusted certificate issued for another host name is refused, because
 * Java-WebSocket verifies host names.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsSocketClientTlsTest extends JavaTest {

    @RegisterExtension
    final TestResources resources = new TestResources();

    @RepeatedTest(5)
    void aSelfSignedServerIsRefusedWithTheJvmTrust() throws Exception {
        SocketTestBed bed = bed(TestCertificates.loopbackServer());
        VmsSocketClient client = bed.client();
        client.connect();

        assertRefused(bed, client, Problem.UNTRUSTED_CERTIFICATE);
    }

    @RepeatedTest(5)
    void theTrustedCertificateIsAccepted() throws Exception {
        SocketTestBed bed = bed(TestCertificates.loopbackServer());

        VmsSocketClient client = bed.subscribedClient(bed.settings().withTrustManager(
                VmsTrustedCertificates.parse(TestCertificates.loopbackCertificatePem()).trustManager()));

        assertTrue(client.getUrl().isTls());
        PusherServerConnection server = bed.pusher.connections().get(0);
        assertNull(server.handshakeHeaders().get("authorization"), "the socket gets no credentials");
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsStillRefused() throws Exception {
        SocketTestBed bed = bed(TestCertificates.wrongHostServer());
        VmsSocketClient client = bed.client(bed.settings().withTrustManager(
                VmsTrustedCertificates.parse(TestCertificates.wrongHostCertificatePem()).trustManager()),
                bed.authorizer());
        client.connect();

        assertRefused(bed, client, Problem.HOST_NAME_MISMATCH);
    }

    private void assertRefused(SocketTestBed bed, VmsSocketClient client, Problem expected) {
        waitForAssert(() -> {
            VmsTransportSecurityException problem = certificateProblem(bed.listener.errors);
            assertNotNull(problem, () -> "errors: " + bed.listener.errors);
            assertEquals(expected, problem.getProblem(), problem.getMessage());
        });
        waitForAssert(() -> assertEquals(VmsConnectionState.DISCONNECTED, client.getState()));
        assertEquals(List.of(), bed.pusher.allConnections(), "no WebSocket was opened");
        assertEquals(List.of(), bed.http.requests(), "no channel was authorised");
    }

    private static @Nullable VmsTransportSecurityException certificateProblem(List<VmsSocketFailure> errors) {
        for (VmsSocketFailure error : errors) {
            VmsTransportSecurityException problem = VmsTransportSecurityException.ofCertificateFailure(error.cause(),
                    "test");
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private SocketTestBed bed(SSLContext tls) throws Exception {
        SocketTestBed bed = new SocketTestBed(
                PusherServerSettings.push1st(SocketTestBed.APP_KEY, SocketTestBed.SECRET), tls);
        return resources.add(bed);
    }
}
