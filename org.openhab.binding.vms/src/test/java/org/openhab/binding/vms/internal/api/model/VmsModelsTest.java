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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The models as the REST helper uses them, and their secret handling and fallbacks.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsModelsTest {

    private static JsonObject json(String singleQuoted) {
        return JsonParser.parseString(singleQuoted.replace('\'', '"')).getAsJsonObject();
    }

    @Test
    void cameraFromTheRestExample() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/vms-examples/rest/cameras.paginated.response.json")) {
            assertNotNull(in);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonObject first = JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("data").get(0)
                .getAsJsonObject();
        VmsCamera camera = VmsCamera.fromJson(first);
        assertEquals(new VmsCamera(1001L, "Front Door", "Front Door", null, "active", "active", true, false, false,
                false, null, false, true, "2024-01-15T08:00:00.000000Z", null, null, null, null, null, null, null, null,
                List.of(), List.of()), camera);
        assertEquals(Instant.parse("2024-01-15T08:00:00Z"), camera.startAtInstant());
        assertEquals("Front Door", camera.displayName());
    }

    @Test
    void cameraWithEveryAndroidField() {
        VmsCamera camera = VmsCamera.fromJson(json("{'id':'5','name':'n','pretty_name':'pn','status':'partial',"
                + "'has_sound':1,'group_id':'3','group':'g','type':'t','address':'a','short_address':'sa',"
                + "'full_address':'fa','ip':'10.0.0.1','created_at':'c','streams':[{'id':1,'type':'low',"
                + "'status':null,'has_sound':true,'video_codec':'H265','audio_codec':'AAC','width':640,'height':480},"
                + "'junk'],'archive_ranges':[{'from':1709294400,'duration':60,'end':1709294460}]}"));
        assertEquals(new VmsCamera(5L, "n", null, "pn", "partial", null, null, null, null, null, true, null, null,
                null, "c", 3L, "g", "t", "a", "sa", "fa", "10.0.0.1",
                List.of(new VmsCameraStream(1L, "low", null, true, "H265", "AAC", 640L, 480L)),
                List.of(new VmsArchiveRange(1709294400L, 60L, 1709294460L))), camera);
        assertEquals("pn", camera.displayName());
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"), camera.archiveRanges().get(0).fromInstant());
        assertThrows(UnsupportedOperationException.class, () -> camera.streams().clear());
    }

    @Test
    void emptyObjectsGiveAllNullModels() {
        JsonObject empty = new JsonObject();
        assertNull(VmsCamera.fromJson(empty).id());
        assertNull(VmsCamera.fromJson(empty).displayName());
        assertNull(VmsIntercom.fromJson(empty).cameraId());
        assertNull(VmsIntercomCall.fromJson(empty).intercomId());
        assertNull(VmsIntercomCall.fromJson(empty).createdAtInstant());
        assertEquals(new VmsFavorite(null, null, null, null, null, null), VmsFavorite.fromJson(null));
        assertEquals(VmsArchiveLink.EMPTY, VmsArchiveLink.fromJson(null));
        assertNull(VmsCanceledCall.fromJson(empty).idNumber());
        assertNull(VmsEventData.fromJson(empty).time());
        assertFalse(VmsEventData.fromJson(empty).fromIntercom());
    }

    @Test
    void intercomCodeNeverPrintsTheCode() {
        VmsIntercomCode code = VmsIntercomCode.fromJson(json("{'id':77,'title':'Courier','code':482913}"));
        assertEquals("482913", code.code(), "a numeric code is kept (iOS would drop it)");
        assertFalse(code.toString().contains("482913"), code.toString());
        assertTrue(code.toString().contains("code=***"), code.toString());
        assertTrue(code.toString().contains("Courier"));
        assertTrue(VmsIntercomCode.fromJson(json("{'id':1}")).toString().contains("code=null"));
    }

    @Test
    void intercomCallAndCodeTimestamps() {
        VmsIntercomCall call = VmsIntercomCall.fromJson(json("{'id':1,'status':'answered',"
                + "'started_at':'2024-03-01T12:00:00.000000Z','ended_at':'2024-03-01T12:01:00.000000Z','type':'x',"
                + "'mark_type':'m','intercom':{'id':301}}"));
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"), call.startedAtInstant());
        assertEquals(Instant.parse("2024-03-01T12:01:00Z"), call.endedAtInstant());
        assertEquals(301L, call.intercomId());
        assertEquals("m", call.markType());
        assertEquals("x", call.type());
        VmsIntercomCode code = VmsIntercomCode.fromJson(
                json("{'expired_at':'2024-03-02T12:00:00Z','will_deleted_at':'2024-03-09T12:00:00.000000Z'}"));
        assertEquals(Instant.parse("2024-03-02T12:00:00Z"), code.expiredAtInstant());
        assertEquals(Instant.parse("2024-03-09T12:00:00Z"), code.willDeletedAtInstant());
    }

    @Test
    void eventDataFallsBackToTheNestedAnalyticCaseAndCamera() {
        VmsEventData data = VmsEventData.fromJson(json("{'camera':{'id':1001},'analytic_case':{'id':7,"
                + "'type':'face','title':'Faces','color':'#fff','type_pretty':'Face','status':'active',"
                + "'created_at':'c'},'name':'n','preview_url':'p','uuid':'u'}"));
        assertEquals(1001L, data.cameraId(), "camera.id when camera_id is missing");
        assertEquals("face", data.caseType());
        assertEquals("face", data.type(), "type from the case type when missing (as iOS)");
        assertEquals(7L, data.analyticCaseId());
        assertEquals(new VmsAnalyticCase(7L, "Faces", "#fff", "face", "Face", "active", "c"), data.analyticCase());
        assertEquals("n", data.name());
        assertEquals("p", data.previewUrl());
        assertEquals("u", data.uuid());
        VmsEventData flat = VmsEventData.fromJson(json("{'type':'mark','camera_id':2,'camera':{'id':1},"
                + "'case_type':'motion_detect','analytic_case_id':3,'analytic_case':{'id':4,'type':'face'}}"));
        assertEquals(2L, flat.cameraId(), "camera_id wins");
        assertEquals("mark", flat.type());
        assertEquals("motion_detect", flat.caseType(), "flat keys win");
        assertEquals(3L, flat.analyticCaseId());
    }

    @Test
    void eventTimeIsFromElseCreatedAt() {
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"),
                VmsEventData.fromJson(json("{'created_at':'2024-03-01T12:00:00Z'}")).time());
        assertEquals(Instant.parse("2024-03-01T11:00:00Z"), VmsEventData
                .fromJson(json("{'created_at':'2024-03-01T12:00:00Z','from':'2024-03-01T11:00:00Z'}")).time());
    }

    @Test
    void analyticFileUrlIsKeptAsTheServerSentIt() {
        assertEquals("/storage/a.jpg", VmsAnalyticFile.fromJson(json("{'url':'/storage/a.jpg'}")).url());
        assertNull(VmsAnalyticFile.fromJson(new JsonObject()).url());
    }

    @Test
    void intercomTimetableAndDevices() {
        VmsIntercom intercom = VmsIntercom.fromJson(json("{'id':1,'timetable':{'intervals':[{'from':'a','to':'b'}]},"
                + "'available_answer_devices':'is_enabled','camera':{'id':9,'name':'cam'}}"));
        assertEquals(new VmsTimetable(List.of(), List.of(new VmsTimetable.Interval("a", "b"))), intercom.timetable());
        assertEquals(List.of(), intercom.availableAnswerDevices(), "a non-array is no list");
        assertEquals(9L, intercom.cameraId());
        assertEquals("cam", intercom.cameraName());
    }

    @Test
    void canceledCallKeepsNonNumericIdsAsText() {
        VmsCanceledCall call = VmsCanceledCall.fromJson(json("{'id':'abc-1','call_id':12}"));
        assertEquals("abc-1", call.id());
        assertNull(call.idNumber());
        assertEquals("12", call.callId());
        assertEquals(12L, call.callIdNumber());
    }
}
