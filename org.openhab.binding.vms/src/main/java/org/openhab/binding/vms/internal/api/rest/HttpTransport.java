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

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.util.FutureResponseListener;
import org.eclipse.jetty.http.HttpHeader;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.tls.VmsTransportSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one prepared Jetty request with a hard time limit and turns every transport failure (refused, unknown host,
 * TLS, timeout, interruption, oversized body) into a typed {@link VmsApiException}. Thread-safe: it holds no
 * per-request state; Jetty's {@link HttpClient} is thread-safe and owned by the caller (openHAB's shared client).
 * <p>
 * Logs only method, path, status, duration and body size: headers and bodies may carry the token.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class HttpTransport {

    /** Largest body we buffer; a big account's camera tree is well below this. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Extra wait beyond the request's own timeout, in case Jetty's timeout scheduler is late. */
    private static final long GRACE_MILLIS = 2_000;

    private final Logger logger = LoggerFactory.getLogger(HttpTransport.class);
    private final HttpClient httpClient;
    private final VmsRestConfig config;

    HttpTransport(HttpClient httpClient, VmsRestConfig config) {
        this.httpClient = httpClient;
        this.config = config;
    }

    /** @return a new request for {@code {base}/api/v1/{path}}, with time limit and no redirects (token safety) */
    Request newRequest(String pathAndQuery) {
        long timeoutMillis = config.timeout().toMillis();
        return httpClient.newRequest(config.apiUrl(pathAndQuery)).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                // a redirect could carry the Authorization header to another host: report it instead
                .followRedirects(false).agent(config.userAgent());
    }

    /**
     * @return a new GET of a link the server sent (already absolute), with the time limit; redirects are followed
     *         only when asked (never with the session's headers)
     */
    Request newDownload(String absoluteUrl, boolean followRedirects) {
        long timeoutMillis = config.timeout().toMillis();
        return httpClient.newRequest(absoluteUrl).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .followRedirects(followRedirects).agent(config.userAgent());
    }

    /**
     * @param action what this call does, for messages ("read the camera list")
     * @param secrets values that must not appear in any message
     * @return the answer, whatever its status
     */
    RestResponse send(Request request, String action, Collection<@Nullable String> secrets)
            throws VmsApiException {
        ContentResponse response = exchange(request, action, MAX_BODY_BYTES, secrets);
        return new RestResponse(response.getStatus(), response.getHeaders(), decodeBody(response));
    }

    /**
     * A file (a picture) as bytes, whatever its status; a body over {@code maxBytes} is a failure, cut off as it
     * arrives rather than buffered.
     */
    ContentResponse fetch(Request request, String action, int maxBytes, Collection<@Nullable String> secrets)
            throws VmsApiException {
        return exchange(request, action, maxBytes, secrets);
    }

    private ContentResponse exchange(Request request, String action, int maxBytes,
            Collection<@Nullable String> secrets) throws VmsApiException {
        long start = System.nanoTime();
        String method = request.getMethod();
        String path = request.getPath();
        FutureResponseListener listener = new FutureResponseListener(request, maxBytes);
        ContentResponse response;
        try {
            request.send(listener);
            response = listener.get(config.timeout().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            request.abort(e);
            Thread.currentThread().interrupt();
            throw new VmsApiException(Reason.INTERRUPTED, "Interrupted while waiting for the VMS server to " + action);
        } catch (TimeoutException e) {
            request.abort(e);
            throw timeout(action);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpResponseException hre && hre.getResponse() instanceof ContentResponse answer) {
                // Jetty's authentication handler rejects a 401 without WWW-Authenticate (Laravel sends none) as a
                // "protocol violation" but keeps the full answer: treat it as the answer it is
                response = answer;
            } else {
                logger.debug("VMS REST {} {} failed after {} ms: {}", method, path, millisSince(start),
                        cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName());
                throw transportFailure(cause == null ? e : cause, action, maxBytes, secrets);
            }
        } catch (RuntimeException e) {
            // e.g. the shared HttpClient is stopping or rejects the request
            logger.debug("VMS REST {} {} could not be sent: {}", method, path, e.getClass().getSimpleName());
            String detail = SecretRedactor.clean(e.getMessage(), secrets);
            throw new VmsApiException(Reason.NETWORK, "Could not send the request to " + action
                    + (detail == null || detail.isEmpty() ? "" : ": " + detail), e);
        }
        logger.debug("VMS REST {} {} -> {} in {} ms ({} bytes, {})", method, path, response.getStatus(),
                millisSince(start), response.getContent().length, response.getMediaType());
        return response;
    }

    /** The body in its declared charset, UTF-8 when none (or an unknown one) is declared. */
    private static String decodeBody(ContentResponse response) {
        try {
            return response.getContentAsString();
        } catch (RuntimeException e) {
            return new String(response.getContent(), StandardCharsets.UTF_8);
        }
    }

    private VmsApiException timeout(String action) {
        return new VmsApiException(Reason.TIMEOUT, "The VMS server at " + config.serverName()
                + " did not answer within " + config.timeout().toSeconds() + " s, could not " + action);
    }

    private VmsApiException transportFailure(Throwable cause, String action, int maxBytes,
            Collection<@Nullable String> secrets) {
        String server = config.serverName();
        if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
            return timeout(action);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return new VmsApiException(Reason.NETWORK,
                    "Cannot connect to the VMS server at " + server + " (connection refused or unreachable)", cause);
        }
        if (cause instanceof UnknownHostException) {
            return new VmsApiException(Reason.NETWORK,
                    "Cannot connect to the VMS server: unknown host " + server + "", cause);
        }
        VmsTransportSecurityException certificate = VmsTransportSecurityException.ofCertificateFailure(cause, server);
        if (certificate != null) {
            return certificate;
        }
        if (cause instanceof SSLException) {
            return new VmsApiException(Reason.NETWORK, "Secure connection to the VMS server at " + server
                    + " failed (certificate or TLS problem): " + SecretRedactor.clean(cause.getMessage(), secrets),
                    cause);
        }
        if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("capacity")) {
            String limit = maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes / 1024 + " KiB";
            return new VmsApiException(Reason.MALFORMED_RESPONSE,
                    "The VMS server's answer was too large (over " + limit + "), could not " + action, cause);
        }
        String detail = SecretRedactor.clean(cause.getMessage(), secrets);
        String kind = cause instanceof IOException ? "Connection to the VMS server at " + server + " failed"
                : "Request to the VMS server at " + server + " failed";
        return new VmsApiException(Reason.NETWORK,
                kind + ", could not " + action + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Adds the normal REST headers (docs/protocol.md, "Base URL and headers"); never {@code X-Socket-ID} (we want our
     * own actions' echoes).
     */
    void addNormalHeaders(Request request, @Nullable String token) {
        if (token != null) {
            request.header(HttpHeader.AUTHORIZATION, "Bearer " + token);
        }
        request.header(HttpHeader.ACCEPT, "application/json");
        request.header(HttpHeader.CONTENT_TYPE, "application/json");
        request.header("hl", config.language());
        request.header("X-Client", config.clientName());
        request.header("X-Version", config.clientVersion());
        String uuid = config.deviceUuid();
        if (uuid != null) {
            request.header("X-UUID", uuid);
        }
    }
}
