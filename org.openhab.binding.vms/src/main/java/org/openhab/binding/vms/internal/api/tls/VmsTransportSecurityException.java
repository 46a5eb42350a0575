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

import java.security.cert.CertificateException;
import java.util.Locale;

import javax.net.ssl.SSLPeerUnverifiedException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;

/**
 * A connection refused for the sake of transport security: the server's certificate did not verify, or the
 * configuration asks for an unencrypted connection without allowing it. {@link #getProblem()} says which, so that
 * the user can be told exactly what to change.
 * <p>
 * Certificate failures have reason {@link Reason#NETWORK} (retried: the server's certificate may be fixed meanwhile);
 * the others {@link Reason#INVALID_REQUEST} (only the user can fix them).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsTransportSecurityException extends VmsApiException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The certificate chain leads to no trusted certificate (self-signed, private CA, expired, revoked). */
        UNTRUSTED_CERTIFICATE,
        /** The certificate is trusted but issued for another host name. */
        HOST_NAME_MISMATCH,
        /** The REST base URL is {@code http://} and plain HTTP is not allowed. */
        PLAIN_HTTP,
        /** The socket URL (the server's {@code ws_url} or the override) is {@code ws://} and that is not allowed. */
        PLAIN_SOCKET,
        /** The configured trusted certificate cannot be read. */
        INVALID_TRUSTED_CERTIFICATE
    }

    private final Problem problem;

    public VmsTransportSecurityException(Problem problem, String message) {
        this(problem, message, null);
    }

    public VmsTransportSecurityException(Problem problem, String message, @Nullable Throwable cause) {
        super(isCertificateProblem(problem) ? Reason.NETWORK : Reason.INVALID_REQUEST, message, cause);
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }

    /**
     * @param failure what a TLS connection attempt failed with (any wrapping)
     * @param server host and port, for the message
     * @return the certificate failure it was, or null when it was something else (e.g. no common protocol)
     */
    public static @Nullable VmsTransportSecurityException ofCertificateFailure(@Nullable Throwable failure,
            String server) {
        Throwable certificateFailure = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof CertificateException || t instanceof SSLPeerUnverifiedException) {
                certificateFailure = t;
                break;
            }
        }
        if (certificateFailure == null) {
            return null;
        }
        String detail = String.valueOf(certificateFailure.getMessage());
        // the JDK's host-name checker says "No subject alternative (DNS) name(s) matching ..." or "No name matching"
        String lower = detail.toLowerCase(Locale.ROOT);
        boolean hostName = lower.contains("subject alternative") || lower.contains("no name matching");
        return hostName
                ? new VmsTransportSecurityException(Problem.HOST_NAME_MISMATCH,
                        "The TLS certificate of " + server + " was issued for another host name: " + detail,
                        certificateFailure)
                : new VmsTransportSecurityException(Problem.UNTRUSTED_CERTIFICATE,
                        "The TLS certificate of " + server + " is not trusted: " + detail, certificateFailure);
    }

    private static boolean isCertificateProblem(Problem problem) {
        return problem == Problem.UNTRUSTED_CERTIFICATE || problem == Problem.HOST_NAME_MISMATCH;
    }
}
