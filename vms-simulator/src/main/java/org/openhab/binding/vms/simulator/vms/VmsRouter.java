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
package org.openhab.binding.vms.simulator.vms;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * Dispatches requests below {@code /api/v1/} to route handlers by method and path pattern ({@code cameras/{id}}:
 * a {@code {name}} segment matches digits only, as the backend's numeric ids). Protected routes answer 401 unless
 * the request carries {@code Authorization: Bearer <valid token>}. Unknown paths answer 404, known paths with
 * another method 405, as Laravel does.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsRouter {

    public static final String API_PREFIX = "/api/v1/";

    private record Route(String method, String[] segments, boolean bearer, Function<VmsRequest, HttpReply> handler) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Predicate<String> tokenValid;

    /** @param tokenValid whether a bearer token is currently valid */
    public VmsRouter(Predicate<String> tokenValid) {
        this.tokenValid = tokenValid;
    }

    /** A route anyone may call. */
    public void open(String method, String pattern, Function<VmsRequest, HttpReply> handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), pattern.split("/"), false, handler));
    }

    /** A route that needs a valid bearer token. */
    public void protect(String method, String pattern, Function<VmsRequest, HttpReply> handler) {
        routes.add(new Route(method.toUpperCase(Locale.ROOT), pattern.split("/"), true, handler));
    }

    public HttpReply dispatch(RecordedRequest request) {
        if (!request.path().startsWith(API_PREFIX)) {
            return VmsReplies.notFound();
        }
        String[] segments = request.path().substring(API_PREFIX.length()).split("/");
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, Integer> params = match(route.segments(), segments);
            if (params == null) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.method())) {
                continue;
            }
            String token = bearerToken(request);
            if (route.bearer() && (token == null || !tokenValid.test(token))) {
                return VmsReplies.unauthenticated();
            }
            return route.handler().apply(new VmsRequest(request, params, token));
        }
        return pathKnown ? VmsReplies.methodNotAllowed(request.method()) : VmsReplies.notFound();
    }

    /** The token of an {@code Authorization: Bearer} header, null if there is none. */
    public static @Nullable String bearerToken(RecordedRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static @Nullable Map<String, Integer> match(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        Map<String, Integer> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                if (path[i].isEmpty() || path[i].length() > 9 || !path[i].chars().allMatch(Character::isDigit)) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), Integer.parseInt(path[i]));
            } else if (!p.equals(path[i])) {
                return null;
            }
        }
        return params;
    }
}
