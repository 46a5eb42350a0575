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
package org.openhab.binding.vms.internal.api.model;

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;

/**
 * The link of a generated archive clip ({@code archive_generated}, docs/protocol.md, "Account messages").
 *
 * @param url the link to use: the deprecated top-level {@code url} when non-null, else {@code download.url} (the
 *            SDKs' rule); null when neither is present (the error form)
 * @param legacyUrl the top-level {@code url} as received
 * @param downloadUrl {@code download.url} as received
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsArchiveLink(@Nullable String url, @Nullable String legacyUrl, @Nullable String downloadUrl) {

    /** A link with no url, for an {@code archive_generated} without payload. */
    public static final VmsArchiveLink EMPTY = new VmsArchiveLink(null, null, null);

    public static VmsArchiveLink fromJson(@Nullable JsonObject json) {
        String legacy = optString(json, "url");
        String download = optString(optObject(json, "download"), "url");
        return new VmsArchiveLink(legacy != null ? legacy : download, legacy, download);
    }
}
