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
package org.openhab.binding.vms.internal.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How often a trigger fired per message number: 0 is a lost message, more than 1 a duplicate. Thread-safe.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class IdTally {

    private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger unnumbered = new AtomicInteger();

    void count(long id) {
        if (id < 0) {
            unnumbered.incrementAndGet();
        } else {
            counts.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    int count(Long id) {
        AtomicInteger count = counts.get(id);
        return count == null ? 0 : count.get();
    }

    /** Triggers whose message number could not be read (a test defect if not 0). */
    int unnumbered() {
        return unnumbered.get();
    }

    List<Long> missing(Collection<Long> ids) {
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            if (count(id) == 0) {
                missing.add(id);
            }
        }
        return missing;
    }

    int deliveredOf(Collection<Long> ids) {
        return ids.size() - missing(ids).size();
    }

    /** Every number triggered more than once, with its count. */
    Map<Long, Integer> duplicates() {
        Map<Long, Integer> duplicates = new TreeMap<>();
        counts.forEach((id, count) -> {
            if (count.get() > 1) {
                duplicates.put(id, count.get());
            }
        });
        return duplicates;
    }

    /** Triggers beyond the first per number. */
    int extraTriggers() {
        return duplicates().values().stream().mapToInt(count -> count - 1).sum();
    }
}
