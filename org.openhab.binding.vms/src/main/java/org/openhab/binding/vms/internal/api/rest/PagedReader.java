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

import static org.openhab.binding.vms.internal.api.model.VmsJsonFields.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads every page of a Laravel-paginated list (docs/protocol.md, "Paged lists"): starts at page 1, continues while
 * {@code links.next} is set and {@code meta.current_page < meta.last_page}. The next page's number is taken from
 * {@code links.next} but the request always goes to our own base URL: following the server's absolute URL could send
 * the token to another host (a proxy's internal name, for instance). Guards: a page asked for twice ends the walk
 * (loop), at most {@link #MAX_PAGES} pages are read, items are de-duplicated by id (lists shift while we page).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class PagedReader {

    /** More pages than this (some 2000 items) is not a home account; stop instead of hammering the server. */
    static final int MAX_PAGES = 100;

    /** Fetches one page (1-based) and returns its parsed body. */
    @FunctionalInterface
    interface PageFetcher {
        JsonElement fetch(int page) throws VmsApiException;
    }

    /** What a walk produced: the items and how many wire items were unusable. */
    record Result<T>(List<T> items, int dropped) {
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(PagedReader.class);

    private PagedReader() {
    }

    /**
     * @param what the list's name for messages and logs ("intercom list")
     * @param reader maps one item object to a model
     * @param idOf the model's id; items without id are dropped
     */
    static <T> Result<T> readAll(String what, PageFetcher fetcher, Function<JsonObject, T> reader,
            Function<T, @Nullable Long> idOf) throws VmsApiException {
        Map<Long, T> items = new LinkedHashMap<>();
        Set<Integer> visited = new HashSet<>();
        int dropped = 0;
        int page = 1;
        while (true) {
            visited.add(page);
            JsonElement body = fetcher.fetch(page);
            List<JsonElement> data = dataOf(body, what);
            for (JsonElement element : data) {
                @Nullable
                T item = element.isJsonObject() ? reader.apply(element.getAsJsonObject()) : null;
                @Nullable
                Long id = item == null ? null : idOf.apply(item);
                if (item == null || id == null) {
                    dropped++;
                } else {
                    items.putIfAbsent(id, item);
                }
            }
            @Nullable
            Integer next = body.isJsonObject() ? nextPage(body.getAsJsonObject(), page) : null;
            if (next == null || (data.isEmpty() && page > 1)) {
                break;
            }
            if (visited.contains(next)) {
                LOGGER.debug("VMS {}: page {} points back to page {}, stopping", what, page, next);
                break;
            }
            if (visited.size() >= MAX_PAGES) {
                LOGGER.warn("VMS {}: more than {} pages, reading only the first {} items", what, MAX_PAGES,
                        items.size());
                break;
            }
            page = next;
        }
        if (dropped > 0) {
            LOGGER.debug("VMS {}: dropped {} unusable items", what, dropped);
        }
        return new Result<>(new ArrayList<>(items.values()), dropped);
    }

    /**
     * Reads a newest-first list (docs/protocol.md, "Histories") until {@code max} items were taken, a page holds only
     * items that are {@code tooOld}, or the list ends (the same guards as {@link #readAll}). Items without id and
     * items {@code tooOld} are skipped; the rest are taken once per id, in list order.
     */
    static List<JsonObject> readNewest(String what, PageFetcher fetcher, Predicate<JsonObject> tooOld, int max)
            throws VmsApiException {
        Map<Long, JsonObject> items = new LinkedHashMap<>();
        Set<Integer> visited = new HashSet<>();
        int page = 1;
        while (items.size() < max) {
            visited.add(page);
            JsonElement body = fetcher.fetch(page);
            List<JsonElement> data = dataOf(body, what);
            boolean anyRecent = false;
            for (JsonElement element : data) {
                if (!element.isJsonObject()) {
                    continue;
                }
                JsonObject item = element.getAsJsonObject();
                Long id = optLong(item, "id");
                if (id == null || tooOld.test(item)) {
                    continue;
                }
                anyRecent = true;
                if (items.size() < max) {
                    items.putIfAbsent(id, item);
                }
            }
            @Nullable
            Integer next = body.isJsonObject() ? nextPage(body.getAsJsonObject(), page) : null;
            if (next == null || !anyRecent || visited.contains(next) || visited.size() >= MAX_PAGES) {
                break;
            }
            page = next;
        }
        return new ArrayList<>(items.values());
    }

    /** The page's {@code data} array; a bare array (unpaginated answer) is accepted as a single page. */
    private static List<JsonElement> dataOf(JsonElement body, String what) throws VmsApiException {
        JsonElement data = body.isJsonArray() ? body : body.getAsJsonObject().get("data");
        if (data == null || !data.isJsonArray()) {
            throw RestJson.malformed("read the " + what, "no 'data' list in the page");
        }
        List<JsonElement> result = new ArrayList<>();
        data.getAsJsonArray().forEach(result::add);
        return result;
    }

    /** @return the number of the page after {@code current}, or null when this is the last one */
    static @Nullable Integer nextPage(JsonObject body, int current) {
        JsonObject meta = optObject(body, "meta");
        Long currentPage = optLong(meta, "current_page");
        Long lastPage = optLong(meta, "last_page");
        if (currentPage != null && lastPage != null && currentPage >= lastPage) {
            return null;
        }
        int after = (int) Math.min(Integer.MAX_VALUE - 1L, currentPage == null ? current : currentPage) + 1;
        JsonObject links = optObject(body, "links");
        if (links != null) {
            String next = optString(links, "next");
            if (next == null || next.isBlank()) {
                return null;
            }
            Integer fromLink = pageParameter(next);
            return fromLink != null ? fromLink : after;
        }
        // no links at all: rely on meta alone; without meta either, there is nothing telling us to go on
        return lastPage != null ? after : null;
    }

    private static @Nullable Integer pageParameter(String url) {
        String query;
        try {
            query = new URI(url.trim()).getRawQuery();
        } catch (URISyntaxException e) {
            return null;
        }
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("page=")) {
                Long value = parseLong(pair.substring(5));
                return value != null && value >= 1 && value <= Integer.MAX_VALUE ? value.intValue() : null;
            }
        }
        return null;
    }
}
