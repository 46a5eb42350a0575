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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Self-signed certificates for TLS tests on loopback, shipped as resources (generated once with keytool, valid until
 * 2046, test use only): {@code loopback} is issued for 127.0.0.1/localhost, {@code wrong-host} for
 * {@code other.invalid} (for host-name verification tests). Neither is trusted by any default trust store.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TestCertificates {

    private static final char[] PASSWORD = "vms-test-only".toCharArray();

    private TestCertificates() {
    }

    /** A server context presenting the certificate for 127.0.0.1. */
    public static SSLContext loopbackServer() {
        return serverContext("/tls/loopback-selfsigned.p12");
    }

    /** The PEM of {@link #loopbackServer()}'s certificate: what a user would paste to trust it. */
    public static String loopbackCertificatePem() {
        return text("/tls/loopback-selfsigned.pem");
    }

    /** A server context presenting a certificate issued for another host name. */
    public static SSLContext wrongHostServer() {
        return serverContext("/tls/wrong-host.p12");
    }

    public static String wrongHostCertificatePem() {
        return text("/tls/wrong-host.pem");
    }

    private static SSLContext serverContext(String resource) {
        try (InputStream in = stream(resource)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("test certificate " + resource + " unusable", e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) throws IOException {
        InputStream in = TestCertificates.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        return in;
    }
}
