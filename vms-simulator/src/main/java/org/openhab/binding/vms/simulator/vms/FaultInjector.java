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

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;

/**
 * Scripted faults that take precedence over the simulator's normal answers: a fixed reply (an error status, a
 * Retry-After header, a reply delay) for all or the next n requests, or a delay before the normal answer.
 * Keys are {@code METHOD path}; the method {@code *} matches any method and a path ending in {@code /*} matches
 * everything below it.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class FaultInjector {

    private static final int FOREVER = -1;

    private record Fault(HttpReply reply, int remaining) {
    }

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    /** Answers the next {@code times} matching requests (all of them if {@code times < 0}) with {@code reply}. */
    public void fail(String method, String path, HttpReply reply, int times) {
        if (times == 0) {
            faults.remove(key(method, path));
        } else {
            faults.put(key(method, path), new Fault(reply, times < 0 ? FOREVER : times));
        }
    }

    /** Delays the normal answer of every matching request. */
    public void delay(String method, String path, Duration delay) {
        delays.put(key(method, path), delay);
    }

    public void clear(String method, String path) {
        faults.remove(key(method, path));
        delays.remove(key(method, path));
    }

    public void clear() {
        faults.clear();
        delays.clear();
    }

    /** The scripted reply for this request, used up by one if limited; null if none applies. */
    public synchronized @Nullable HttpReply take(String method, String path) {
        String key = bestKey(faults, method, path);
        Fault fault = key == null ? null : faults.get(key);
        if (key == null || fault == null) {
            return null;
        }
        if (fault.remaining() == 1) {
            faults.remove(key);
        } else if (fault.remaining() > 1) {
            faults.put(key, new Fault(fault.reply(), fault.remaining() - 1));
        }
        return fault.reply();
    }

    public Duration delayFor(String method, String path) {
        String key = bestKey(delays, method, path);
        Duration delay = key == null ? null : delays.get(key);
        return delay == null ? Duration.ZERO : delay;
    }

    /** An exact key wins over a wildcard, a longer wildcard over a shorter one, a named method over {@code *}. */
    private static @Nullable String bestKey(Map<String, ?> map, String method, String path) {
        String best = null;
        int bestScore = -1;
        for (String key : map.keySet()) {
            if (matches(key, method, path)) {
                int score = key.length() + (key.endsWith("/*") ? 0 : 10_000) + (key.startsWith("* ") ? 0 : 1);
                if (score > bestScore) {
                    best = key;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private static boolean matches(String key, String method, String path) {
        int space = key.indexOf(' ');
        String keyMethod = key.substring(0, space);
        String keyPath = key.substring(space + 1);
        if (!keyMethod.equals("*") && !keyMethod.equalsIgnoreCase(method)) {
            return false;
        }
        if (keyPath.endsWith("/*")) {
            return path.startsWith(keyPath.substring(0, keyPath.length() - 1));
        }
        return keyPath.equals(path);
    }
}
