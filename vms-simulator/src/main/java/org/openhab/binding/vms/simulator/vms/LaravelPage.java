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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The pagination envelope (docs/protocol.md, "Paged lists"), as Laravel writes it: {@code data}, {@code links} with
 * absolute URLs ({@code next} null on the last page) and {@code meta}. Pages below 1 are page 1, as Laravel treats
 * them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LaravelPage {

    private LaravelPage() {
    }

    /**
     * @param items every item of the list, in order
     * @param requestedPage the {@code page} parameter as sent (anything below 1 means 1)
     * @param pageSize items per page, at least 1
     * @param pathUrl absolute URL of the list without query, e.g. {@code http://127.0.0.1:1234/api/v1/intercom}
     */
    public static JsonObject of(List<? extends JsonElement> items, int requestedPage, int pageSize, String pathUrl) {
        int perPage = Math.max(1, pageSize);
        int page = Math.max(1, requestedPage);
        int total = items.size();
        int lastPage = Math.max(1, (total + perPage - 1) / perPage);
        int fromIndex = Math.min(total, (page - 1) * perPage);
        int toIndex = Math.min(total, fromIndex + perPage);

        JsonArray data = new JsonArray();
        items.subList(fromIndex, toIndex).forEach(data::add);

        JsonObject links = new JsonObject();
        links.addProperty("first", pathUrl + "?page=1");
        links.addProperty("last", pathUrl + "?page=" + lastPage);
        links.addProperty("next", page < lastPage ? pathUrl + "?page=" + (page + 1) : null);
        links.addProperty("prev", page > 1 ? pathUrl + "?page=" + (page - 1) : null);

        JsonObject meta = new JsonObject();
        meta.addProperty("current_page", page);
        if (toIndex > fromIndex) {
            meta.addProperty("from", fromIndex + 1);
        } else {
            meta.add("from", JsonNull.INSTANCE);
        }
        meta.addProperty("last_page", lastPage);
        meta.addProperty("path", pathUrl);
        meta.addProperty("per_page", perPage);
        if (toIndex > fromIndex) {
            meta.addProperty("to", toIndex);
        } else {
            meta.add("to", JsonNull.INSTANCE);
        }
        meta.addProperty("total", total);

        JsonObject json = new JsonObject();
        json.add("data", data);
        json.add("links", links);
        json.add("meta", meta);
        return json;
    }
}
