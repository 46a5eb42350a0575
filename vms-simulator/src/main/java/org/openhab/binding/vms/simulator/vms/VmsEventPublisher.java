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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Builds the application frames of the simulated backend from the example files (envelope A for UserPush and
 * TokenPush, envelope B for notifications), changes only ids and values, and hands them to the
 * {@link PusherBackend}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsEventPublisher {

    private final PusherBackend backend;
    private final String userChannel;
    private final String tokenChannel;
    private volatile NotificationChannels notificationChannels = NotificationChannels.USER;
    /** Where what is published is recorded, as the server keeps it (docs/protocol.md, "Histories"). */
    private volatile @Nullable VmsHistory history;

    /** The server's UTC time format (docs/protocol.md, "Reading payloads"). */
    private static final DateTimeFormatter SERVER_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private final AtomicInteger nextDetectionId = new AtomicInteger(95000);

    public VmsEventPublisher(PusherBackend backend, int userId, String accessTokenId) {
        this.backend = backend;
        this.userChannel = "private-user." + userId;
        this.tokenChannel = "private-token." + accessTokenId;
    }

    /** Records every frame published from now on in {@code history} before it goes out. */
    public void setHistory(VmsHistory history) {
        this.history = history;
    }

    public String userChannel() {
        return userChannel;
    }

    public String tokenChannel() {
        return tokenChannel;
    }

    public void setNotificationChannels(NotificationChannels channels) {
        this.notificationChannels = channels;
    }

    /** Publishes any frame unchanged. */
    public void raw(String channel, String event, String dataJson) {
        publish(channel, event, dataJson);
    }

    /** Publishes an example frame as it is in the file, on the file's channel. */
    public void example(String name) {
        example(name, data -> data);
    }

    /** The example with its data rewritten first (e.g. links made local). */
    public void example(String name, UnaryOperator<String> rewrite) {
        ExampleFrame frame = VmsExamples.frame(name);
        publish(frame.channel(), frame.event(), rewrite.apply(frame.data()));
    }

    /** {@code camera.store_favorite} or {@code camera.destroy_favorite} for the camera's current state. */
    public void favorite(SimCamera camera, int userId) {
        String type = camera.favorite() ? "camera.store_favorite" : "camera.destroy_favorite";
        JsonObject envelope = VmsExamples.frame("user-push." + type).dataObject();
        envelope.getAsJsonObject("data").add("data", VmsWireModels.favorite(camera, userId));
        userPush(envelope);
    }

    public void camerasUpdated(List<Integer> attached, List<Integer> detached) {
        JsonObject envelope = VmsExamples.frame("user-push.cameras_updated").dataObject();
        JsonObject payload = envelope.getAsJsonObject("data").getAsJsonObject("data");
        payload.add("attached", ids(attached));
        payload.add("detached", ids(detached));
        userPush(envelope);
    }

    /** {@code intercom.store}, {@code intercom.rename} or {@code intercom.update} carrying the intercom model. */
    public void intercomChanged(String type, JsonObject intercom) {
        JsonObject notification = notificationTemplate(type);
        notification.add("intercom", intercom);
        notification(notification);
    }

    /** {@code intercom.delete}, {@code intercom.code.delete} or {@code intercom.call.delete}. */
    public void deleted(String type, List<Integer> deletedIds) {
        JsonObject notification = notificationTemplate(type);
        notification.add("deleted_ids", ids(deletedIds));
        notification(notification);
    }

    public void callStored(JsonObject call) {
        JsonObject notification = notificationTemplate("intercom.call.store");
        notification.add("intercom_call", call);
        notification(notification);
    }

    /** {@code intercom_cancel} for a call: {@code id} is the call id, {@code call_id} its SIP call id. */
    public void callCancelled(SimCall call, @Nullable SimIntercom intercom) {
        JsonObject notification = notificationTemplate("intercom_cancel");
        JsonObject data = notification.getAsJsonObject("data");
        data.addProperty("id", call.id());
        data.addProperty("call_id", call.sipCallId());
        data.addProperty("call_created_at", call.createdAt());
        if (intercom != null) {
            data.addProperty("title", intercom.title());
            data.addProperty("address", intercom.address());
            data.addProperty("camera_id", intercom.cameraId());
            data.addProperty("video_url", "https://example.com/hls/" + intercom.cameraId() + "/index.m3u8");
        }
        notification(notification);
    }

    /**
     * {@code analytic_case_license_plate_event_created} for a camera at a moment, its {@code crop} a picture under
     * {@code cropBase}; the rest as the example.
     *
     * @return the event's id
     */
    public int analyticDetection(int cameraId, Instant at, String cropBase) {
        int id = nextDetectionId.incrementAndGet();
        JsonObject envelope = VmsExamples.frame("user-push.analytic_case_license_plate_event_created").dataObject();
        JsonObject event = envelope.getAsJsonObject("data").getAsJsonObject("data");
        String time = SERVER_TIME.format(at);
        event.addProperty("id", id);
        event.addProperty("camera_id", cameraId);
        event.getAsJsonObject("camera").addProperty("id", cameraId);
        event.addProperty("created_at", time);
        event.addProperty("from", time);
        event.addProperty("crop", cropBase + id + ".jpg");
        userPush(envelope);
        return id;
    }

    /** TokenPush {@code logout} on the token channel, with the example's subject. */
    public void logout() {
        ExampleFrame frame = VmsExamples.frame("token-push.logout");
        publish(tokenChannel, frame.event(), frame.data());
    }

    /** Every frame goes out here: first into the history (as the server stores before it broadcasts). */
    private void publish(String channel, String event, String dataJson) {
        VmsHistory current = history;
        if (current != null) {
            current.record(dataJson);
        }
        backend.publish(channel, event, dataJson);
    }

    /** TokenPush {@code archive_generated} with status {@code ok} and the clip's download link, on the token channel. */
    public void archiveGenerated(String url) {
        JsonObject envelope = VmsExamples.frame("token-push.archive_generated").dataObject();
        JsonObject download = new JsonObject();
        download.addProperty("url", url);
        JsonObject data = new JsonObject();
        data.add("download", download);
        envelope.getAsJsonObject("data").add("data", data);
        backend.publish(tokenChannel, VmsWire.TOKEN_PUSH, VmsWire.toJson(envelope));
    }

    /** UserPush {@code mark_created} carrying the mark (an Event). */
    public void markCreated(JsonObject mark) {
        JsonObject envelope = VmsExamples.frame("user-push.mark_created").dataObject();
        envelope.getAsJsonObject("data").add("data", mark);
        userPush(envelope);
    }

    /** {@code intercom.code.store} carrying the visitor code, door code included, as the backend sends it. */
    public void codeStored(JsonObject code) {
        JsonObject notification = notificationTemplate("intercom.code.store");
        notification.add("intercom_code", code);
        notification(notification);
    }

    private void userPush(JsonObject envelope) {
        publish(userChannel, VmsWire.USER_PUSH, VmsWire.toJson(envelope));
    }

    private void notification(JsonObject notification) {
        String data = VmsWire.toJson(notification);
        NotificationChannels channels = notificationChannels;
        if (channels != NotificationChannels.TOKEN) {
            publish(userChannel, VmsWire.NOTIFICATION, data);
        }
        if (channels != NotificationChannels.USER) {
            publish(tokenChannel, VmsWire.NOTIFICATION, data);
        }
    }

    /** The example notification of this type with a fresh notification id. */
    private static JsonObject notificationTemplate(String type) {
        JsonObject notification = VmsExamples.frame("notification." + type).dataObject();
        notification.addProperty("id", UUID.randomUUID().toString());
        return notification;
    }

    private static JsonArray ids(List<Integer> ids) {
        JsonArray array = new JsonArray();
        ids.forEach(array::add);
        return array;
    }
}
