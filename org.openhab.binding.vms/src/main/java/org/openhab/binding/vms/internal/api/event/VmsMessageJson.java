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
package org.openhab.binding.vms.internal.api.event;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;

/**
 * A message's JSON: the text exactly as received, and the same without door codes ({@link VmsJsonRedactor}) for the
 * JSON channels, written only when asked for.
 * <p>
 * Why on demand: most messages reach no linked JSON channel, and redacting means writing the whole message again.
 * The decoder hands over the tree it parsed, so {@link #redacted()} only writes it out, without a second parse.
 * What a handler keeps for a later REFRESH is {@link #detached()}, which holds text only: a parsed tree is several
 * times the size of its text.
 * <p>
 * Immutable; the tree is never changed after the decoder built it. {@link #toString()} gives the length only (the
 * text may hold a door code).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsMessageJson {

    private final String raw;
    /** The decoder's tree of {@link #raw} (unwrapped when sent as a string), or null. */
    private final @Nullable JsonElement parsed;

    private VmsMessageJson(String raw, @Nullable JsonElement parsed) {
        this.raw = raw;
        this.parsed = parsed;
    }

    /** JSON text, redacted from the text itself when asked for. */
    public static VmsMessageJson of(String raw) {
        return new VmsMessageJson(raw, null);
    }

    /** @param parsed the tree read from {@code raw}; nobody may change it any more */
    static VmsMessageJson parsed(String raw, JsonElement parsed) {
        return new VmsMessageJson(raw, parsed);
    }

    /** The text exactly as received: may hold door codes, never log or show it. */
    public String raw() {
        return raw;
    }

    /** The JSON without door codes, {@code {}} when it cannot be read; written anew on every call. */
    public String redacted() {
        JsonElement tree = parsed;
        return tree != null ? VmsJsonRedactor.redact(tree, raw.length()) : VmsJsonRedactor.redact(raw);
    }

    /** What to keep of this JSON for later: the text without the tree. */
    public VmsMessageJson detached() {
        return parsed == null ? this : of(raw);
    }

    /** Same raw text. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof VmsMessageJson json && raw.equals(json.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    @Override
    public String toString() {
        return "<" + raw.length() + " chars>";
    }
}
