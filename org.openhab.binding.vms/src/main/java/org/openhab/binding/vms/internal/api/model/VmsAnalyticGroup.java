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
 * The group of analytic resources a detection matched (docs/protocol.md, "Event payload", {@code analytic_group}), e.g.
 * the list of residents' faces.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsAnalyticGroup(@Nullable Long id, @Nullable String type, @Nullable String typePretty,
        @Nullable String name, @Nullable String uuid) {

    public static VmsAnalyticGroup fromJson(JsonObject json) {
        return new VmsAnalyticGroup(optLong(json, "id"), optString(json, "type"), optString(json, "type_pretty"),
                optString(json, "name"), optString(json, "uuid"));
    }
}
