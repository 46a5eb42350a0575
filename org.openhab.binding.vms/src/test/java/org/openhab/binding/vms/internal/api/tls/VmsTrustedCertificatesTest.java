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
package org.openhab.binding.vms.internal.api.tls;

import static org.junit.jupiter.api.Assertions.*;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.simulator.tls.TestCertificates;

/**
 * Reading the user's PEM text, leniently as config fields deliver it, and the trust built from it: the JVM's CAs
 * plus these certificates, host-name verification on.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsTrustedCertificatesTest {

    private static final String LOOPBACK = TestCertificates.loopbackCertificatePem();
    private static final String WRONG_HOST = TestCertificates.wrongHostCertificatePem();

    @Test
    void readsTheServerCertificate() {
        List<X509Certificate> certificates = VmsTrustedCertificates.parse(LOOPBACK).certificates();
        assertEquals(1, certificates.size());
        assertTrue(certificates.get(0).getSubjectX500Principal().getName().contains("CN=127.0.0.1"));
    }

    @Test
    void readsSeveralCertificatesInARow() {
        List<X509Certificate> certificates = VmsTrustedCertificates.parse(LOOPBACK + "\n" + WRONG_HOST).certificates();
        assertEquals(2, certificates.size());
        assertTrue(certificates.get(1).getSubjectX500Principal().getName().contains("CN=other.invalid"));
    }

    @Test
    void toleratesLostLineBreaksSpacesAndEscapedNewlines() {
        X509Certificate expected = VmsTrustedCertificates.parse(LOOPBACK).certificates().get(0);
        // a browser's single-line input drops the line breaks; a .things file may hold "\n" sequences
        for (String variant : List.of(LOOPBACK.replace("\n", "").replace("\r", ""), LOOPBACK.replace("\n", " "),
                LOOPBACK.replace("\n", "\\n"), "  " + LOOPBACK.replace("\n", "\r\n") + "  ")) {
            assertEquals(expected, VmsTrustedCertificates.parse(variant).certificates().get(0), variant);
        }
    }

    @Test
    void refusesTextWithoutACertificateWithoutRepeatingIt() {
        for (String text : List.of("", "not a certificate", "MIIDxjCCAq6gAwIBAgIJ",
                "-----BEGIN PRIVATE KEY-----abc-----END PRIVATE KEY-----")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VmsTrustedCertificates.parse(text));
            assertTrue(String.valueOf(e.getMessage()).startsWith("No certificate found"), e.getMessage());
        }
    }

    @Test
    void refusesADamagedCertificate() {
        String notBase64 = "-----BEGIN CERTIFICATE-----\n%%%%\n-----END CERTIFICATE-----";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VmsTrustedCertificates.parse(notBase64));
        assertEquals("Certificate 1 is not valid Base64", e.getMessage());
        int middle = LOOPBACK.indexOf('\n', LOOPBACK.length() / 2);
        String truncated = LOOPBACK.substring(0, middle) + "\n-----END CERTIFICATE-----";
        e = assertThrows(IllegalArgumentException.class, () -> VmsTrustedCertificates.parse(truncated));
        assertEquals("Certificate 1 is not a readable X.509 certificate", e.getMessage());
    }

    @Test
    void theTrustStoreHoldsTheJvmAuthoritiesAndTheConfiguredCertificate() throws Exception {
        VmsTrustedCertificates trusted = VmsTrustedCertificates.parse(LOOPBACK);
        KeyStore store = trusted.trustStore();
        List<String> aliases = Collections.list(store.aliases());
        assertTrue(aliases.stream().anyMatch(a -> a.startsWith("jvm-")), "the JVM's CAs stay trusted");
        assertNotNull(store.getCertificateAlias(trusted.certificates().get(0)), "the configured certificate");
    }

    @Test
    void jettyGetsTheTrustStoreAndHostNameVerification() throws Exception {
        SslContextFactory.Client factory = VmsTrustedCertificates.parse(LOOPBACK).sslContextFactory();
        assertEquals("HTTPS", factory.getEndpointIdentificationAlgorithm());
        assertFalse(factory.isTrustAll());
        assertNotNull(factory.getTrustStore());
    }

    @Test
    void itsDescriptionNamesSubjectsNotTheCertificate() {
        String text = VmsTrustedCertificates.parse(LOOPBACK).toString();
        assertTrue(text.contains("CN=127.0.0.1"), text);
        assertFalse(text.contains("BEGIN"), text);
    }
}
