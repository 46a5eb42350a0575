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
package org.openhab.binding.vms.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTP server on 127.0.0.1 and a free port, answering from routes keyed by {@code "METHOD /path"}. Tests
 * script answers per route (including errors and delays) and read back every request it received. Routes whose key
 * ends in {@code /*} match any path below that prefix.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class LoopbackHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final String scheme;
    private final String host;
    private final ExecutorService executor;
    private final Map<String, Function<RecordedRequest, HttpReply>> routes = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public LoopbackHttpServer() throws IOException {
        this(null);
    }

    /**
     * @param tls when given, the server speaks HTTPS with this context (see
     *            {@link org.openhab.binding.vms.simulator.tls.TestCertificates})
     */
    public LoopbackHttpServer(@Nullable SSLContext tls) throws IOException {
        this(InetAddress.getLoopbackAddress(), tls);
    }

    /**
     * @param bindAddress a loopback address to listen on, e.g. 127.0.0.2 for a second "host" in tests about what is
     *            sent where (Linux routes all of 127.0.0.0/8 to the loopback interface)
     * @param tls when given, the server speaks HTTPS with this context
     */
    public LoopbackHttpServer(InetAddress bindAddress, @Nullable SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(bindAddress, 0);
        host = bindAddress.getHostAddress();
        if (tls != null) {
            HttpsServer https = HttpsServer.create(address, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        } else {
            server = HttpServer.create(address, 50);
        }
        scheme = tls != null ? "https" : "http";
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>} (or {@code https}, or the bind address given) without a trailing slash. */
    public String baseUrl() {
        return scheme + "://" + host + ":" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers {@code method path} (e.g. {@code "GET", "/api/v1/wsurl"}) with the function's reply. */
    public void route(String method, String path, Function<RecordedRequest, HttpReply> handler) {
        routes.put(method.toUpperCase(Locale.ROOT) + " " + path, handler);
    }

    /** Answers {@code method path} always with the same reply. */
    public void route(String method, String path, HttpReply reply) {
        route(method, path, r -> reply);
    }

    public void removeRoute(String method, String path) {
        routes.remove(method.toUpperCase(Locale.ROOT) + " " + path);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String method, String path) {
        List<RecordedRequest> result = new ArrayList<>();
        for (RecordedRequest r : requests) {
            if (r.method().equalsIgnoreCase(method) && r.path().equals(path)) {
                result.add(r);
            }
        }
        return result;
    }

    public void clearRequests() {
        requests.clear();
    }

    private @Nullable Function<RecordedRequest, HttpReply> findRoute(String method, String path) {
        Function<RecordedRequest, HttpReply> exact = routes.get(method + " " + path);
        if (exact != null) {
            return exact;
        }
        // longest wildcard prefix wins
        Function<RecordedRequest, HttpReply> best = null;
        int bestLength = -1;
        for (Map.Entry<String, Function<RecordedRequest, HttpReply>> e : routes.entrySet()) {
            String key = e.getKey();
            if (key.endsWith("/*")) {
                String prefix = key.substring(0, key.length() - 1);
                if ((method + " " + path).startsWith(prefix) && prefix.length() > bestLength) {
                    best = e.getValue();
                    bestLength = prefix.length();
                }
            }
        }
        return best;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            RecordedRequest request = new RecordedRequest(method, exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), Map.copyOf(headers), body);
            requests.add(request);
            Function<RecordedRequest, HttpReply> handler = findRoute(method, request.path());
            HttpReply reply;
            try {
                reply = handler == null ? HttpReply.json(404, "{\"message\":\"Not Found\"}") : handler.apply(request);
            } catch (RuntimeException e) {
                reply = HttpReply.json(500, "{\"message\":\"simulator error\"}");
            }
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = reply.wireBody();
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
