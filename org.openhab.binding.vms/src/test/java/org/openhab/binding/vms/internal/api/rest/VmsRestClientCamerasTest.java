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

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsApiException.Reason;
import org.openhab.binding.vms.internal.api.model.VmsCamera;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

import com.google.gson.JsonParser;

/**
 * Camera endpoints: flat-tree walk, details, several by id, favourites and preview.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRestClientCamerasTest extends RestTestBase {

    /** The first camera of the paginated example, as a JSON object text. */
    private static String exampleCamera() {
        return JsonParser.parseString(example("rest/cameras.paginated.response.json")).getAsJsonObject()
                .getAsJsonArray("data").get(0).toString();
    }

    private static String camera(long id, String name) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"status\":\"active\",\"is_favorite\":false}";
    }

    @Test
    void flatTreeCollectsNestedCamerasOnceInTreeOrder() throws Exception {
        String tree = "[" //
                + "{\"id\":1,\"name\":\"Home\",\"cameras\":[" + exampleCamera() + "," + camera(1002, "Garden") + "],"
                + " \"children\":[{\"id\":2,\"name\":\"Garage\",\"cameras\":[" + camera(1003, "Garage") + "],"
                + "   \"children\":[{\"id\":3,\"cameras\":[" + camera(1001, "Front Door again") + ","
                + camera(1004, "Deep") + "],\"children\":[]}]}]},"
                + "{\"id\":4,\"name\":\"Office\",\"cameras\":[" + camera(1002, "Garden again") + ","
                + "{\"name\":\"no id\"}, 17],\"children\":null}," //
                + "{\"id\":5,\"name\":\"Empty\",\"cameras\":[],\"children\":[],\"items_count\":0}]";
        server().route("GET", API + "cameras/flat-tree", HttpReply.json(200, tree));

        List<VmsCamera> cameras = loggedIn().getCameras();

        assertEquals(List.of(1001L, 1002L, 1003L, 1004L), cameras.stream().map(VmsCamera::id).toList());
        VmsCamera frontDoor = cameras.get(0);
        assertEquals("Front Door", frontDoor.name(), "first occurrence wins");
        assertEquals(Boolean.TRUE, frontDoor.isFavorite());
        assertEquals(Boolean.TRUE, frontDoor.motionDetect());
        assertEquals("Garden", cameras.get(1).name());
        assertEquals(2, client().getDroppedItemCount(), "camera without id and non-object counted");
        RecordedRequest request = onlyRequest("GET", API + "cameras/flat-tree");
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
    }

    @Test
    void flatTreeAcceptsTheFlatCameraForm() throws Exception {
        server().route("GET", API + "cameras/flat-tree",
                HttpReply.json(200, "[" + camera(7, "A") + "," + camera(8, "B") + "]"));

        assertEquals(List.of(7L, 8L), loggedIn().getCameras().stream().map(VmsCamera::id).toList());
    }

    @Test
    void veryDeepTreeDoesNotOverflow() throws Exception {
        StringBuilder tree = new StringBuilder();
        int depth = 5_000;
        for (int i = 0; i < depth; i++) {
            tree.append("[{\"cameras\":[").append(camera(i, "c" + i)).append("],\"children\":");
        }
        tree.append("[]");
        for (int i = 0; i < depth; i++) {
            tree.append("}]");
        }
        server().route("GET", API + "cameras/flat-tree", HttpReply.json(200, tree.toString()));

        // Gson 2.10 parses iteratively; our walk is iterative too and stops at the depth limit
        List<VmsCamera> cameras = loggedIn().getCameras();

        assertEquals(CameraTree.MAX_DEPTH + 1, cameras.size());
        assertEquals(0L, cameras.get(0).id());
    }

    @Test
    void flatTreeThatIsNotAListIsMalformed() {
        server().route("GET", API + "cameras/flat-tree", HttpReply.json(200, "{\"message\":\"ok\"}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getCameras());
    }

    @Test
    void cameraDetails() throws Exception {
        server().route("GET", API + "cameras/1001", HttpReply.json(200, exampleCamera()));

        VmsCamera camera = loggedIn().getCamera(1001);

        assertEquals(1001L, camera.id());
        assertEquals("active", camera.status());
    }

    @Test
    void cameraDetailsInAResourceWrapper() throws Exception {
        server().route("GET", API + "cameras/1001", HttpReply.json(200, "{\"data\":" + exampleCamera() + "}"));

        assertEquals("Front Door", loggedIn().getCamera(1001).name());
    }

    @Test
    void unknownCamera() {
        server().route("GET", API + "cameras/5", HttpReply.json(404, "{\"message\":\"No query results for model\"}"));

        VmsApiException e = expectFailure(Reason.NOT_FOUND, () -> loggedIn().getCamera(5));
        assertTrue(e.getMessage().contains("camera 5"), e.getMessage());
    }

    @Test
    void camerasByIdsUseBracketArrays() throws Exception {
        server().route("GET", API + "cameras/shows",
                HttpReply.json(200, "[" + camera(3, "A") + "," + camera(9, "B") + "]"));

        List<VmsCamera> cameras = loggedIn().getCamerasByIds(List.of(3L, 9L));

        assertEquals(List.of(3L, 9L), cameras.stream().map(VmsCamera::id).toList());
        assertEquals("ids%5B%5D=3&ids%5B%5D=9", onlyRequest("GET", API + "cameras/shows").query());
    }

    @Test
    void camerasByNoIdsAsksNothing() throws Exception {
        assertEquals(List.of(), loggedIn().getCamerasByIds(List.of()));
        assertTrue(server().requests().isEmpty());
    }

    @Test
    void favouritesAddAndRemove() throws Exception {
        server().route("POST", API + "cameras/1001/favorites", HttpReply.json(200, exampleCamera()));
        server().route("DELETE", API + "cameras/1001/favorites", HttpReply.json(200, "{\"status\":\"ok\"}"));

        loggedIn().addFavorite(1001);
        loggedIn().removeFavorite(1001);

        RecordedRequest add = onlyRequest("POST", API + "cameras/1001/favorites");
        RecordedRequest remove = onlyRequest("DELETE", API + "cameras/1001/favorites");
        assertEquals("", add.body());
        assertEquals("", remove.body());
        assertEquals("Bearer " + TOKEN, add.header("Authorization"));
        assertNull(add.header("X-Socket-ID"), "we want the socket echo of our own change");
    }

    @Test
    void favouriteWithAnEmptyOrOddAnswerIsStillSuccess() throws Exception {
        server().route("POST", API + "cameras/1/favorites", HttpReply.empty(204));
        server().route("DELETE", API + "cameras/1/favorites", HttpReply.json(200, "not json"));

        loggedIn().addFavorite(1);
        loggedIn().removeFavorite(1);
    }

    @Test
    void favouriteForbidden() {
        server().route("POST", API + "cameras/1/favorites",
                HttpReply.json(403, "{\"message\":\"This action is unauthorized.\"}"));

        expectFailure(Reason.FORBIDDEN, () -> loggedIn().addFavorite(1));
    }

    @Test
    void previewUrl() throws Exception {
        server().route("GET", API + "cameras/1001/preview",
                HttpReply.json(200,
                        "{\"preview\":\"https:\\/\\/cdn.example.com\\/p\\/1001.mp4?sig=abc\",\"status\":\"ok\"}"));

        assertEquals("https://cdn.example.com/p/1001.mp4?sig=abc", loggedIn().getPreviewUrl(1001));
        assertNull(onlyRequest("GET", API + "cameras/1001/preview").query());
    }

    @Test
    void relativePreviewUrlIsResolvedAgainstTheBase() throws Exception {
        server().route("GET", API + "cameras/2/preview", HttpReply.json(200, "{\"preview\":\"/storage/2.mp4\"}"));

        assertEquals(server().baseUrl() + "/storage/2.mp4", loggedIn().getPreviewUrl(2));
    }

    @Test
    void previewWithoutUrlIsMalformed() {
        server().route("GET", API + "cameras/2/preview", HttpReply.json(200, "{\"preview\":null}"));

        expectFailure(Reason.MALFORMED_RESPONSE, () -> loggedIn().getPreviewUrl(2));
    }
}
