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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.vms.VmsExamples;
import org.openhab.binding.vms.simulator.vms.VmsWire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Messages that carry a number the scenarios choose, so that every trigger can be traced back to the message behind
 * it: an analytic detection (its event id) for a camera, and a stored intercom call (its call id) for an intercom.
 * Both are built from the protocol examples with only the ids changed. Distinct numbers keep the connection's
 * de-duplication from merging them.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class NumberedEvents {

    private static final JsonObject ANALYTIC = VmsExamples
            .frame("user-push.analytic_case_motion_detect_event_created").dataObject();
    private static final JsonObject CALL = VmsExamples.frame("notification.intercom.call.store").dataObject();
    private static final JsonObject FAVORITE_ADDED = VmsExamples.frame("user-push.camera.store_favorite").dataObject();
    private static final JsonObject FAVORITE_REMOVED = VmsExamples.frame("user-push.camera.destroy_favorite")
            .dataObject();

    private static final DateTimeFormatter SERVER_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private NumberedEvents() {
    }

    /** The {@code data} of a UserPush {@code analytic_case_motion_detect_event_created} with event id {@code id}. */
    static String analytic(long id, long cameraId) {
        JsonObject envelope = ANALYTIC.deepCopy();
        JsonObject detection = envelope.getAsJsonObject("data").getAsJsonObject("data");
        detection.addProperty("id", id);
        detection.addProperty("camera_id", cameraId);
        // created now, as the server stamps it: the history's date filter and the catch-up's mark go by it
        String now = serverNow();
        detection.addProperty("created_at", now);
        detection.addProperty("from", now);
        detection.getAsJsonObject("camera").addProperty("id", cameraId);
        return VmsWire.toJson(envelope);
    }

    /** The {@code data} of an {@code intercom.call.store} notification for a ringing call {@code id}. */
    static String call(long id, long intercomId) {
        JsonObject notification = CALL.deepCopy();
        notification.addProperty("id", UUID.randomUUID().toString());
        JsonObject call = notification.getAsJsonObject("intercom_call");
        call.addProperty("id", id);
        call.addProperty("status", "ring");
        call.addProperty("created_at", serverNow());
        call.getAsJsonObject("intercom").addProperty("id", intercomId);
        return VmsWire.toJson(notification);
    }

    /** The {@code data} of a UserPush {@code camera.store_favorite} or {@code camera.destroy_favorite}. */
    static String favorite(long cameraId, boolean added) {
        JsonObject envelope = (added ? FAVORITE_ADDED : FAVORITE_REMOVED).deepCopy();
        JsonObject favorite = envelope.getAsJsonObject("data").getAsJsonObject("data");
        favorite.addProperty("camera_id", cameraId);
        favorite.addProperty("is_favorite", added);
        return VmsWire.toJson(envelope);
    }

    /** Now in the server's format (docs/protocol.md, "Quirks"), to the microsecond. */
    static String serverNow() {
        return SERVER_TIME.format(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** The event id in a camera's {@code last-event-json} (the redacted UserPush envelope), or -1. */
    static long analyticId(@Nullable String lastEventJson) {
        if (lastEventJson == null) {
            return -1;
        }
        try {
            JsonElement id = JsonParser.parseString(lastEventJson).getAsJsonObject().getAsJsonObject("data")
                    .getAsJsonObject("data").get("id");
            return id == null || id.isJsonNull() ? -1 : id.getAsLong();
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                | NumberFormatException e) {
            return -1;
        }
    }
}
