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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The certificates a user trusts in addition to the JVM's certificate authorities (the advanced account parameter
 * {@code trustedCertificate}): the server's own self-signed certificate, or the CA that issued it. It gives the REST
 * client (a Jetty {@link SslContextFactory.Client}) and the event socket (an {@link SSLContext} for Java-WebSocket)
 * the same trust, and never switches verification off: the chain must lead to one of these certificates or to a JVM
 * CA, and the host-name check (endpoint identification {@code HTTPS}) stays on in both.
 * <p>
 * The PEM text is read leniently, because config fields often lose line breaks on the way: whitespace inside a
 * {@code -----BEGIN CERTIFICATE-----} block, and literal {@code \n} sequences, are ignored. Several blocks may follow
 * each other.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsTrustedCertificates {

    /** The JDK and Jetty name of host-name verification as HTTPS does it (RFC 2818). */
    public static final String ENDPOINT_IDENTIFICATION = "HTTPS";

    private static final Pattern PEM_BLOCK = Pattern
            .compile("-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", Pattern.DOTALL);
    private static final Pattern NOT_BASE64 = Pattern.compile("\\\\[nr]|\\s");

    private final List<X509Certificate> certificates;

    private VmsTrustedCertificates(List<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    /**
     * @param pem one or more PEM certificates
     * @throws IllegalArgumentException when the text holds no certificate or an unreadable one; the message says
     *             which and never repeats the text
     */
    public static VmsTrustedCertificates parse(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        Matcher block = PEM_BLOCK.matcher(pem);
        CertificateFactory factory;
        try {
            factory = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("This Java runtime cannot read X.509 certificates", e);
        }
        while (block.find()) {
            int number = certificates.size() + 1;
            byte[] der;
            try {
                der = Base64.getDecoder().decode(NOT_BASE64.matcher(block.group(1)).replaceAll(""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Certificate " + number + " is not valid Base64");
            }
            try {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            } catch (CertificateException | ClassCastException e) {
                throw new IllegalArgumentException("Certificate " + number + " is not a readable X.509 certificate");
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("No certificate found: expected text from -----BEGIN CERTIFICATE-----"
                    + " to -----END CERTIFICATE-----");
        }
        return new VmsTrustedCertificates(certificates);
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * A new in-memory trust store with the JVM's default certificate authorities and these certificates. Reads the
     * JVM's trust store file on first use: call it off time-critical threads.
     */
    public KeyStore trustStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("Cannot create an empty trust store", e);
        }
        int index = 0;
        for (X509Certificate authority : jvmTrustManager().getAcceptedIssuers()) {
            store.setCertificateEntry("jvm-" + index++, authority);
        }
        index = 0;
        for (X509Certificate certificate : certificates) {
            store.setCertificateEntry("configured-" + index++, certificate);
        }
        return store;
    }

    /** A trust manager over {@link #trustStore()}; host names are checked by whoever opens the socket. */
    public X509ExtendedTrustManager trustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trustStore());
        return extended(factory.getTrustManagers());
    }

    /** A client TLS context trusting {@link #trustStore()}; host names are checked by whoever opens the socket. */
    public SSLContext sslContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { trustManager() }, null);
        return context;
    }

    /** The JVM's default trust manager (its CA certificates). */
    public static X509ExtendedTrustManager jvmTrustManager() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return extended(factory.getTrustManagers());
    }

    /**
     * Jetty's TLS settings for a REST client: {@link #trustStore()} and host-name verification. Not started; the
     * {@code HttpClient} it is given to starts it.
     */
    public SslContextFactory.Client sslContextFactory() throws GeneralSecurityException {
        SslContextFactory.Client factory = new SslContextFactory.Client();
        factory.setTrustStore(trustStore());
        factory.setEndpointIdentificationAlgorithm(ENDPOINT_IDENTIFICATION);
        return factory;
    }

    /** The JDK's trust managers are extended ones, which check host names against the socket's parameters. */
    private static X509ExtendedTrustManager extended(TrustManager[] managers) throws GeneralSecurityException {
        for (TrustManager manager : managers) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("The JVM has no X.509 trust manager");
    }

    /** Never the certificates themselves: subjects only. */
    @Override
    public String toString() {
        return "VmsTrustedCertificates"
                + certificates.stream().map(c -> c.getSubjectX500Principal().getName()).toList();
    }
}
