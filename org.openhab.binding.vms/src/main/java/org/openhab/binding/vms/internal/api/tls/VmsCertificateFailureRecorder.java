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

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A trust manager that decides exactly as the one it wraps (chain and, through the socket's parameters, host name)
 * and remembers the last certificate it refused.
 * <p>
 * Why: Java-WebSocket reads and writes a TLS socket on two threads. When the handshake fails, only the thread that
 * ran it sees the {@code SSLHandshakeException}; the other one sees a closed socket and may report the connection
 * closed first, without any cause. Asking this recorder is the one reliable way to tell a refused certificate from a
 * network failure.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsCertificateFailureRecorder extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final AtomicReference<@Nullable CertificateException> lastFailure = new AtomicReference<>();

    public VmsCertificateFailureRecorder(X509ExtendedTrustManager delegate) {
        this.delegate = delegate;
    }

    /** A client TLS context deciding through this recorder. */
    public SSLContext sslContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { this }, null);
        return context;
    }

    /** The certificate failure since the last {@link #clear()}, or null. */
    public @Nullable CertificateException lastFailure() {
        return lastFailure.get();
    }

    public void clear() {
        lastFailure.set(null);
    }

    @Override
    public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable Socket socket) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            lastFailure.set(e);
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable SSLEngine engine) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            lastFailure.set(e);
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            lastFailure.set(e);
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
