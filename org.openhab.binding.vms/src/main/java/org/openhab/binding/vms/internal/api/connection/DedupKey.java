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
package org.openhab.binding.vms.internal.api.connection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How {@link EventDeduplicator} recognises a message seen before.
 * <p>
 * A message is about a {@code subject} (a notification, a camera's favourite flag, a call, an analytic event ...)
 * and says something about it, the {@code fingerprint}. It is a duplicate when the last message about the same
 * subject said the same thing, within the window. So favourite added, removed, added again is three changes
 * (each differs from the one before), while added, added is one; a call going ring, answered, ended is three.
 *
 * @param subject what the message is about, e.g. {@code favorite:7} or {@code notification:<uuid>}
 * @param fingerprint what it says about it: the kind, and where needed the status or a digest of the raw JSON
 * @param withIdentity whether the subject is an identity from the message (long window) or only the message kind
 *            (short window, compared by raw JSON)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
record DedupKey(String subject, String fingerprint, boolean withIdentity) {

    static DedupKey identified(String subject, String fingerprint) {
        return new DedupKey(subject, fingerprint, true);
    }

    static DedupKey raw(String kind, String rawDigest) {
        return new DedupKey("raw:" + kind, rawDigest, false);
    }

    static @Nullable String id(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
