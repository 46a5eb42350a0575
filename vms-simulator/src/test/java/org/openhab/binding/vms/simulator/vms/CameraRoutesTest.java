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

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Camera endpoints and the camera control methods of the simulated backend.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class CameraRoutesTest extends LoggedInTestBase {

    @Test
    void cameraDetailsHaveExactlyTheExampleShape() throws Exception {
        HttpResponse<String> response = client().get("cameras/1001", token);

        assertEquals(200, response.statusCode());
        JsonObject example = VmsExamples.json("rest/cameras.paginated.response").getAsJsonArray("data").get(0)
                .getAsJsonObject();
        assertEquals(example, VmsTestClient.object(response));
    }

    @Test
    void unknownOrNonNumericCameraIs404() throws Exception {
        assertEquals(404, client().get("cameras/999", token).statusCode());
        assertEquals(404, client().get("cameras/10x1", token).statusCode());
        assertEquals(404, client().post("cameras/999/favorites", token).statusCode());
        assertEquals(404, client().get("cameras/999/preview", token).statusCode());
        assertTrue(backend.frames().isEmpty());
    }

    @Test
    void flatTreeNestsNodesWithTheirCameras() throws Exception {
        HttpResponse<String> response = client().get("cameras/flat-tree", token);

        assertEquals(200, response.statusCode());
        JsonArray roots = VmsTestClient.json(response).getAsJsonArray();
        assertEquals(1, roots.size());
        JsonObject root = roots.get(0).getAsJsonObject();
        assertEquals(List.of(1001, 1002), ids(root.getAsJsonArray("cameras")));
        assertEquals(2, root.get("items_count").getAsInt());
        assertTrue(root.get("has_cameras").getAsBoolean());
        JsonArray children = root.getAsJsonArray("children");
        assertEquals(1, children.size());
        JsonObject child = children.get(0).getAsJsonObject();
        assertEquals(List.of(1010), ids(child.getAsJsonArray("cameras")));
        assertEquals(0, child.getAsJsonArray("children").size());
        for (String key : new String[] { "id", "name", "main_name", "sub_main", "cameras", "children", "previews",
                "items_count", "has_cameras" }) {
            assertTrue(root.has(key), key);
        }
        assertEquals(1010, child.getAsJsonArray("previews").get(0).getAsJsonObject().get("camera_id").getAsInt());
    }

    @Test
    void favoriteStoreUpdatesStateAnswersCameraAndPublishesTheExampleFrame() throws Exception {
        vms().setFavorite(1001, false, false);

        HttpResponse<String> response = client().post("cameras/1001/favorites", token);

        assertEquals(200, response.statusCode());
        assertTrue(VmsTestClient.object(response).get("is_favorite").getAsBoolean());
        assertTrue(vms().isFavorite(1001));
        assertEquals(1, backend.frames().size());
        assertFrameEqualsExample("user-push.camera.store_favorite", backend.frames().get(0));
        assertTrue(VmsTestClient.object(client().get("cameras/1001", token)).get("is_favorite").getAsBoolean());
    }

    @Test
    void favoriteDestroyUpdatesStateAnswersStatusOkAndPublishesTheExampleFrame() throws Exception {
        HttpResponse<String> response = client().delete("cameras/1001/favorites", token);

        assertEquals(200, response.statusCode());
        assertEquals("ok", VmsTestClient.object(response).get("status").getAsString());
        assertFalse(vms().isFavorite(1001));
        assertEquals(1, backend.frames().size());
        assertFrameEqualsExample("user-push.camera.destroy_favorite", backend.frames().get(0));
    }

    @Test
    void favoriteOfAnotherCameraCarriesItsIdAndName() throws Exception {
        client().post("cameras/1002/favorites", token);

        PublishedFrame frame = backend.frames("camera.store_favorite").get(0);
        JsonObject payload = frame.dataJson().getAsJsonObject().getAsJsonObject("data").getAsJsonObject("data");
        assertEquals(1002, payload.get("camera_id").getAsInt());
        assertEquals("Backyard", payload.get("name").getAsString());
        assertEquals(42, payload.get("user_id").getAsInt());
    }

    @Test
    void setFavoriteWithoutPublishingOnlyChangesState() throws Exception {
        vms().setFavorite(1002, true, false);

        assertTrue(backend.frames().isEmpty());
        assertTrue(VmsTestClient.object(client().get("cameras/1002", token)).get("is_favorite").getAsBoolean());
        JsonObject favorites = VmsTestClient.object(client().get("cameras/favorites", token));
        assertEquals(List.of(1001, 1002), ids(favorites.getAsJsonArray("data")));
    }

    @Test
    void setFavoriteWithPublishingSendsTheFrame() {
        vms().setFavorite(1001, false);

        assertFrameEqualsExample("user-push.camera.destroy_favorite", backend.frames().get(0));
    }

    @Test
    void previewAnswersAUrlForTheCamera() throws Exception {
        JsonObject body = VmsTestClient.object(client().get("cameras/1001/preview", token));

        assertTrue(body.get("preview").getAsString().endsWith("/1001.mp4"), body.toString());
        assertEquals(1001, body.get("camera_id").getAsInt());
    }

    @Test
    void addDetachAndAttachPublishCamerasUpdatedAndChangeTheLists() throws Exception {
        vms().addCamera(1003, "Garage");
        vms().detachCamera(1002);

        assertEquals(List.of(1001, 1003), ids(rootCameras()));
        assertEquals(404, client().get("cameras/1002", token).statusCode());
        List<PublishedFrame> frames = backend.frames("cameras_updated");
        assertEquals(2, frames.size());
        assertEquals(payload(1003, null), payloadOf(frames.get(0)));
        assertEquals(payload(null, 1002), payloadOf(frames.get(1)));
        assertEquals("private-user.42", frames.get(0).channel());
        assertEquals(VmsWire.USER_PUSH, frames.get(0).event());
        JsonObject envelope = frames.get(1).dataJson().getAsJsonObject();
        assertEquals(VmsExamples.frame("user-push.cameras_updated").dataObject().keySet(), envelope.keySet());

        vms().attachCamera(1002);
        assertEquals(List.of(1001, 1002, 1003), ids(rootCameras()));
        assertEquals(payload(1002, null), payloadOf(backend.frames("cameras_updated").get(2)));
    }

    @Test
    void camerasListIsPaginated() throws Exception {
        vms().setPageSize(2);
        JsonObject first = VmsTestClient.object(client().get("cameras?page=1", token));

        assertEquals(List.of(1001, 1002), ids(first.getAsJsonArray("data")));
        assertEquals(3, first.getAsJsonObject("meta").get("total").getAsInt());
        String next = first.getAsJsonObject("links").get("next").getAsString();
        JsonObject second = VmsTestClient.object(client().get(next, token));
        assertEquals(List.of(1010), ids(second.getAsJsonArray("data")));
        assertTrue(second.getAsJsonObject("links").get("next").isJsonNull());
        assertEquals(SimulatedVmsAuthTest.keys(VmsExamples.json("rest/cameras.paginated.response")),
                SimulatedVmsAuthTest.keys(second));
    }

    private JsonArray rootCameras() throws Exception {
        return VmsTestClient.json(client().get("cameras/flat-tree", token)).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonArray("cameras");
    }

    private static JsonObject payloadOf(PublishedFrame frame) {
        return frame.dataJson().getAsJsonObject().getAsJsonObject("data").getAsJsonObject("data");
    }

    private static JsonObject payload(@Nullable Integer attached, @Nullable Integer detached) {
        JsonObject json = new JsonObject();
        JsonArray a = new JsonArray();
        if (attached != null) {
            a.add(attached);
        }
        JsonArray d = new JsonArray();
        if (detached != null) {
            d.add(detached);
        }
        json.add("attached", a);
        json.add("detached", d);
        return json;
    }

    static void assertFrameEqualsExample(String exampleName, PublishedFrame frame) {
        ExampleFrame example = VmsExamples.frame(exampleName);
        assertEquals(example.channel(), frame.channel());
        assertEquals(example.event(), frame.event());
        assertEquals(example.dataObject(), frame.dataJson());
    }

    static List<Integer> ids(JsonArray array) {
        List<Integer> ids = new ArrayList<>();
        for (JsonElement element : array) {
            ids.add(element.getAsJsonObject().get("id").getAsInt());
        }
        return ids;
    }
}
