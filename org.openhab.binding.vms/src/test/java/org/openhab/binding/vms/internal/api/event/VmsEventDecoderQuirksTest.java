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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.AnalyticDetection;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.ArchiveGenerated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.CamerasUpdated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.FavoriteAdded;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.FavoriteRemoved;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupCreated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.GroupsDeleted;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.Logout;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkCreated;
import org.openhab.binding.vms.internal.api.event.VmsAppEvent.MarkDeleted;
import org.openhab.binding.vms.internal.api.event.VmsDroppedMessage.Reason;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallCanceled;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCallStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomCodesDeleted;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomEventStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomStored;
import org.openhab.binding.vms.internal.api.event.VmsIntercomEvent.IntercomsDeleted;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;
import org.openhab.binding.vms.internal.api.model.VmsArchiveLink;
import org.openhab.binding.vms.internal.api.model.VmsCanceledCall;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsIntercom;
import org.openhab.binding.vms.internal.api.rest.VmsRestConfig;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The decoding quirks of docs/protocol.md, "Quirks", one or more tests each (method names carry the item number), plus
 * malformed and partial variants of both envelopes. Quirks that concern the socket or REST layer rather than the
 * decoder (16, 19 to 22, 25) are tested here for the part that reaches the decoder.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsEventDecoderQuirksTest {

    private static final String USER_CHANNEL = "private-user.42";
    private static final String TOKEN_CHANNEL = "private-token.abc";

    private final VmsEventDecoder decoder = new VmsEventDecoder();

    /** JSON written with single quotes, for readability. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private VmsDecodeResult userPush(String singleQuoted) {
        return decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, json(singleQuoted));
    }

    private VmsDecodeResult notification(String singleQuoted) {
        return decoder.decode(VmsEventDecoder.NOTIFICATION, USER_CHANNEL, json(singleQuoted));
    }

    private static <T> T as(Class<T> type, VmsDecodeResult result) {
        return assertInstanceOf(type, result, () -> "got " + result);
    }

    private static VmsEvent event(VmsDecodeResult result) {
        return as(VmsEvent.class, result);
    }

    private static VmsDroppedMessage assertDropped(Reason reason, VmsDecodeResult result) {
        VmsDroppedMessage dropped = as(VmsDroppedMessage.class, result);
        assertEquals(reason, dropped.reason(), dropped.detail());
        return dropped;
    }

    // 1. double decoding

    @Test
    void q01DataIsAStringHoldingJson() {
        String inner = json("{'data':{'type':'groups_created','data':{'id':15,'name':'Backyard'}},'subject':null}");
        VmsDecodeResult event = decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, inner);
        assertEquals(15L, as(GroupCreated.class, event).id());
        assertEquals(inner, event.envelope().rawJson());
    }

    @Test
    void q01DataAsAnObjectInTheFrameIsAcceptedToo() {
        String frame = json("{'event':'App\\\\Events\\\\UserPush','channel':'private-user.42',"
                + "'data':{'data':{'type':'groups_created','data':{'id':15,'name':'Backyard'}},'subject':null}}");
        GroupCreated event = as(GroupCreated.class, decoder.decodeFrame(frame));
        assertEquals(15L, event.id());
        assertEquals("Backyard", event.name());
        assertEquals(VmsEventDecoder.USER_PUSH, event.envelope().pusherEvent());
        assertEquals(USER_CHANNEL, event.envelope().channel());
    }

    @Test
    void q01DataEncodedOneTimeTooManyIsUnwrappedOnce() {
        String inner = json("{'data':{'type':'permissions_updated'},'subject':null}");
        String twice = new com.google.gson.JsonPrimitive(inner).toString();
        assertEquals(VmsEventKind.PERMISSIONS_UPDATED,
                event(decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, twice)).kind());
        String thrice = new com.google.gson.JsonPrimitive(twice).toString();
        assertDropped(Reason.MALFORMED, decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, thrice));
    }

    // 2. two envelopes

    @Test
    void q02TopLevelTypeIsEnvelopeBEvenOnUserPush() {
        IntercomsDeleted event = as(IntercomsDeleted.class,
                userPush("{'type':'intercom.delete','id':'n-1','deleted_ids':[301]}"));
        assertEquals(List.of(301L), event.ids());
        assertEquals("n-1", event.envelope().notificationId());
    }

    @Test
    void q02EnvelopeAOnTheNotificationEventIsDecodedAsEnvelopeA() {
        CamerasUpdated event = as(CamerasUpdated.class,
                notification("{'data':{'type':'cameras_updated','data':{'attached':[1],'detached':[]}},'subject':null}"));
        assertEquals(List.of(1L), event.attached());
        assertEquals(List.of(), event.detached());
    }

    @Test
    void q02TopLevelTypeWinsOverAnInnerOne() {
        VmsDecodeResult event = notification(
                "{'type':'intercom.key_error','error':'nope','data':{'type':'logout'},'subject':'x'}");
        assertEquals("nope", as(VmsIntercomEvent.IntercomKeyError.class, event).error());
    }

    @Test
    void q02IntercomTypeInEnvelopeAReadsItsKeysFromTheInnerData() {
        IntercomStored event = as(IntercomStored.class,
                userPush("{'data':{'type':'intercom.store','data':{'intercom':{'id':301,'title':'Gate'}}}}"));
        VmsIntercom intercom = event.intercom();
        assertNotNull(intercom);
        assertEquals(301L, intercom.id());
        assertEquals("Gate", intercom.title());
        IntercomCallCanceled cancel = as(IntercomCallCanceled.class,
                userPush("{'data':{'type':'intercom_cancel','data':{'id':5,'call_id':6}}}"));
        VmsCanceledCall call = cancel.call();
        assertNotNull(call);
        assertEquals(5L, call.idNumber());
        assertEquals(6L, call.callIdNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{'data':{}}", "{'data':{'data':{'type':'logout'}}}", "{'data':'logout'}",
            "{'data':{'type':null}}", "{'data':{'type':''}}", "{'type':{'x':1}}", "{'type':true}", "{'subject':'x'}",
            "[]", "[{'type':'logout'}]", "'logout'", "42", "null", "true" })
    void q02NeitherEnvelopeIsMalformed(String data) {
        assertDropped(Reason.MALFORMED, userPush(data));
        assertEquals(1, decoder.statistics().malformed());
        assertEquals(0, decoder.statistics().decoded());
    }

    // 3. subject

    @Test
    void q03SubjectIsNotRequired() {
        Logout withoutSubject = as(Logout.class,
                decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL, json("{'data':{'type':'logout'}}")));
        assertNull(withoutSubject.subject());
        assertNull(withoutSubject.envelope().subject());
        Logout nullSubject = as(Logout.class, decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'logout'},'subject':null,'message':'bye'}")));
        assertNull(nullSubject.subject());
        Logout numberSubject = as(Logout.class, decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'logout'},'subject':7}")));
        assertEquals("7", numberSubject.subject());
        Logout objectSubject = as(Logout.class, decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'logout'},'subject':{'a':1}}")));
        assertNull(objectSubject.subject());
    }

    // 4. iOS strict typing: we are lenient

    @Test
    void q04WronglyTypedEnvelopeKeysDoNotDropTheMessage() {
        AnalyticDetection detection = as(AnalyticDetection.class, userPush(
                "{'data':{'type':'analytic_case_motion_detect_event_created','status':'pending','data':{'id':'90001',"
                        + "'camera_id':'1001','title':12,'from':'2024-03-01T12:10:00Z','is_intercom':'false'}}}"));
        VmsEventData data = detection.event();
        assertNotNull(data);
        assertEquals(90001L, data.id());
        assertEquals(1001L, detection.cameraId());
        assertEquals("12", data.title());
        assertEquals(Boolean.FALSE, data.isIntercom());
        assertEquals("pending", detection.envelope().status());
        assertEquals(Instant.parse("2024-03-01T12:10:00Z"), detection.time());
    }

    @Test
    void q04IdListsWithStringsAndJunkKeepTheNumbers() {
        CamerasUpdated event = as(CamerasUpdated.class,
                userPush("{'data':{'type':'cameras_updated','data':{'attached':['1003',1004,'x',null,1.5,{}],"
                        + "'detached':1002}}}"));
        assertEquals(List.of(1003L, 1004L), event.attached());
        assertEquals(List.of(1002L), event.detached());
    }

    @Test
    void q04IsIntercomAsStringOrNumberStillRoutesToIntercom() {
        for (String value : List.of("true", "'true'", "1", "'1'")) {
            VmsDecodeResult event = userPush("{'data':{'type':'analytic_case_face_event_created','data':{'id':1,"
                    + "'is_intercom':" + value + "}}}");
            assertInstanceOf(IntercomEventStored.class, event, value);
        }
    }

    // 5. empty payloads

    @ParameterizedTest
    @ValueSource(strings = { ",'data':[]", ",'data':{}", ",'data':null", "" })
    void q05EmptyPayloadsMeanNoPayload(String payload) {
        assertNull(as(MarkCreated.class, userPush("{'data':{'type':'mark_created'" + payload + "}}")).mark());
        assertNull(as(MarkDeleted.class, userPush("{'data':{'type':'mark_deleted'" + payload + "}}")).mark());
        AnalyticDetection detection = as(AnalyticDetection.class,
                userPush("{'data':{'type':'analytic_case_smoke_fire_event_created'" + payload + "}}"));
        assertNull(detection.event());
        assertNull(detection.cameraId());
        assertNull(detection.time());
        CamerasUpdated cameras = as(CamerasUpdated.class, userPush("{'data':{'type':'cameras_updated'" + payload + "}}"));
        assertEquals(List.of(), cameras.attached());
        assertEquals(List.of(), cameras.detached());
        assertNull(as(FavoriteAdded.class, userPush("{'data':{'type':'camera.store_favorite'" + payload + "}}"))
                .cameraId());
        ArchiveGenerated archive = as(ArchiveGenerated.class,
                userPush("{'data':{'type':'archive_generated','status':'error'" + payload + "}}"));
        assertEquals(VmsArchiveLink.EMPTY, archive.link());
        assertFalse(archive.isOk());
        assertNull(as(IntercomCallCanceled.class, notification("{'type':'intercom_cancel','id':'n'" + payload + "}"))
                .call());
        assertEquals(7, decoder.statistics().decoded());
    }

    @Test
    void q05EmptyIntercomObjectsAreAbsent() {
        assertNull(as(IntercomStored.class, notification("{'type':'intercom.store','intercom':[]}")).intercom());
        assertNull(as(IntercomStored.class, notification("{'type':'intercom.store','intercom':{}}")).intercom());
        assertNull(as(IntercomCallStored.class, notification("{'type':'intercom.call.store','intercom_call':null}"))
                .call());
        assertEquals(List.of(), as(IntercomCodesDeleted.class, notification("{'type':'intercom.code.delete'}")).ids());
        VmsIntercom intercom = as(IntercomStored.class,
                notification("{'type':'intercom.store','intercom':{'id':1,'camera':[],'timetable':[]}}")).intercom();
        assertNotNull(intercom);
        assertNull(intercom.camera());
        assertNull(intercom.timetable());
    }

    // 6. unknown types and events

    @Test
    void q06UnknownTypeIsDroppedAndCountedWithItsRawJson() {
        String inner = json("{'data':{'type':'cameras_exploded','data':{'id':1}},'subject':null}");
        VmsDroppedMessage unknown = assertDropped(Reason.UNKNOWN_TYPE,
                decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, inner));
        assertEquals(inner, unknown.envelope().rawJson());
        assertEquals("cameras_exploded", unknown.envelope().wireType());
        VmsDroppedMessage unknownB = assertDropped(Reason.UNKNOWN_TYPE, notification("{'type':'intercom.exploded','id':'n-9'}"));
        assertEquals("n-9", unknownB.envelope().notificationId());
        assertEquals(2, decoder.statistics().unknown());
        assertEquals(0, decoder.statistics().malformed());
        assertEquals(0, decoder.statistics().decoded());
    }

    @ParameterizedTest
    @ValueSource(strings = { "App\\Events\\OtherPush", "client-logout", "pusher:ping", "app\\events\\userpush", "" })
    void q06OtherPusherEventsAreNotDecoded(String eventName) {
        VmsDecodeResult event = decoder.decode(eventName, USER_CHANNEL, json("{'data':{'type':'logout'},'subject':null}"));
        assertEquals(eventName, assertDropped(Reason.UNKNOWN_EVENT, event).envelope().pusherEvent());
        assertEquals(1, decoder.statistics().unknown());
    }

    // 7. case

    @Test
    void q07TypeIsCaseInsensitiveAndKeptAsReceived() {
        VmsEvent mark = event(userPush("{'data':{'type':'MARK_Created','data':{'id':5}}}"));
        assertEquals(VmsEventKind.MARK_CREATED, mark.kind());
        assertEquals("MARK_Created", mark.envelope().wireType());
        VmsEvent cancel = event(notification("{'type':'Intercom_Cancel','data':{'id':5}}"));
        assertEquals(VmsEventKind.INTERCOM_CALL_CANCELED, cancel.kind());
        assertEquals(VmsEventKind.INTERCOM_STORED,
                event(notification("{'type':' intercom.STORE ','intercom':{'id':1}}")).kind());
    }

    // 8. channel independence

    @Test
    void q08AnyEnvelopeOnAnyChannelAndEvent() {
        VmsDecodeResult onToken = decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'cameras_updated','data':{'attached':[7]}}}"));
        assertEquals(List.of(7L), as(CamerasUpdated.class, onToken).attached());
        VmsDecodeResult archiveOnUser = userPush("{'data':{'type':'archive_generated','status':'ok','data':{'url':'u'}}}");
        assertEquals("u", as(ArchiveGenerated.class, archiveOnUser).link().url());
        VmsDecodeResult noChannel = decoder.decode(VmsEventDecoder.NOTIFICATION, null,
                json("{'type':'intercom.delete','deleted_ids':[1]}"));
        assertNull(noChannel.envelope().channel());
        assertEquals(List.of(1L), as(IntercomsDeleted.class, noChannel).ids());
        VmsDecodeResult notificationOnToken = decoder.decode(VmsEventDecoder.NOTIFICATION, TOKEN_CHANNEL,
                json("{'type':'intercom.delete','deleted_ids':[2]}"));
        assertEquals(TOKEN_CHANNEL, notificationOnToken.envelope().channel());
    }

    // 9. TokenPush: decoded by type, never an implicit logout

    @Test
    void q09TokenPushIsDecodedByTypeNotTreatedAsLogout() {
        VmsDecodeResult mark = decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'mark_created','data':{'id':5}},'subject':'s'}"));
        assertEquals(5L, as(MarkCreated.class, mark).mark().id());
        VmsDecodeResult permissions = decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'permissions_updated'},'subject':'s'}"));
        assertEquals(VmsEventKind.PERMISSIONS_UPDATED, event(permissions).kind());
        VmsDecodeResult unknown = decoder.decode(VmsEventDecoder.TOKEN_PUSH, TOKEN_CHANNEL,
                json("{'data':{'type':'session_ended'},'subject':'s'}"));
        assertDropped(Reason.UNKNOWN_TYPE, unknown);
    }

    // 10. missing fields: keep the message, lose nothing

    @Test
    void q10FavouriteWithoutCameraIdIsStillEmitted() {
        FavoriteRemoved event = as(FavoriteRemoved.class,
                userPush("{'data':{'type':'camera.destroy_favorite','data':{'user_id':42,'name':'Front'}}}"));
        assertNull(event.cameraId());
        assertEquals(42L, event.favorite().userId());
        assertEquals("Front", event.favorite().name());
    }

    @Test
    void q10GroupsCreatedWithoutIdKeepsTheName() {
        GroupCreated event = as(GroupCreated.class, userPush("{'data':{'type':'groups_created','data':{'name':'B'}}}"));
        assertNull(event.id());
        assertEquals("B", event.name());
        assertEquals(VmsEventKind.GROUPS_CREATED, event.kind());
    }

    @Test
    void q10GroupsDeletedWithoutIdsIsAnEmptyDeletion() {
        assertEquals(List.of(),
                as(GroupsDeleted.class, userPush("{'data':{'type':'groups_deleted','data':{'x':1}}}")).ids());
        assertEquals(List.of(), as(GroupsDeleted.class, userPush("{'data':{'type':'groups_deleted'}}")).ids());
    }

    @Test
    void q10UnreadablePayloadsStillEmitTheType() {
        CamerasUpdated cameras = as(CamerasUpdated.class,
                userPush("{'data':{'type':'cameras_updated','data':{'attached':'1,2','detached':{'a':1}}}}"));
        assertEquals(List.of(), cameras.attached());
        assertEquals(List.of(), cameras.detached());
        ArchiveGenerated archive = as(ArchiveGenerated.class,
                userPush("{'data':{'type':'archive_generated','status':'ok','data':'garbage'}}"));
        assertEquals(VmsArchiveLink.EMPTY, archive.link());
        assertTrue(archive.isOk(), "status says ok even though the link is unreadable");
        assertNull(as(MarkCreated.class, userPush("{'data':{'type':'mark_created','data':5}}")).mark());
    }

    @Test
    void q10ArchiveLinkVariants() {
        ArchiveGenerated legacy = as(ArchiveGenerated.class, userPush(
                "{'data':{'type':'archive_generated','status':'ok','data':{'url':'old','download':{'url':'new'}}}}"));
        assertEquals(new VmsArchiveLink("old", "old", "new"), legacy.link());
        ArchiveGenerated current = as(ArchiveGenerated.class, userPush(
                "{'data':{'type':'archive_generated','status':'ok','data':{'url':null,'download':{'url':'new'}}}}"));
        assertEquals(new VmsArchiveLink("new", null, "new"), current.link());
        ArchiveGenerated noStatus = as(ArchiveGenerated.class,
                userPush("{'data':{'type':'archive_generated','data':{'download':{'url':'new'}}}}"));
        assertNull(noStatus.status());
        assertTrue(noStatus.isOk());
        ArchiveGenerated upper = as(ArchiveGenerated.class,
                userPush("{'data':{'type':'archive_generated','status':'OK','data':{'download':[]}}}"));
        assertTrue(upper.isOk());
        assertNull(upper.link().url());
    }

    // 11. dates

    @Test
    void q11DatesAreKeptRawAndParsedLeniently() {
        String[][] cases = { { "2024-03-01T12:34:56.000000Z", "2024-03-01T12:34:56Z" },
                { "2024-03-01T12:34:56Z", "2024-03-01T12:34:56Z" },
                { "2024-03-01T15:34:56.5+03:00", "2024-03-01T12:34:56.500Z" },
                { "2024-03-01 12:34:56", "2024-03-01T12:34:56Z" } };
        for (String[] c : cases) {
            MarkCreated mark = as(MarkCreated.class,
                    userPush("{'data':{'type':'mark_created','data':{'created_at':'" + c[0] + "'}}}"));
            VmsEventData data = mark.mark();
            assertNotNull(data);
            assertEquals(c[0], data.createdAt());
            assertEquals(Instant.parse(c[1]), data.createdAtInstant(), c[0]);
        }
        VmsEventData garbage = as(MarkCreated.class,
                userPush("{'data':{'type':'mark_created','data':{'created_at':'yesterday','from':12}}}")).mark();
        assertNotNull(garbage);
        assertEquals("yesterday", garbage.createdAt());
        assertNull(garbage.createdAtInstant(), "no invented 'now' as iOS does");
        assertNull(garbage.fromInstant());
    }

    // 12. relative image URLs

    @Test
    void q12RelativeAnalyticFileUrlIsKeptAndResolvable() {
        AnalyticDetection detection = as(AnalyticDetection.class,
                userPush("{'data':{'type':'analytic_case_face_event_created','data':{'analytic_file':"
                        + "{'id':1,'url':'\\/storage\\/f.jpg'}}}}"));
        VmsEventData data = detection.event();
        assertNotNull(data);
        var file = data.analyticFile();
        assertNotNull(file);
        String url = file.url();
        assertEquals("/storage/f.jpg", url);
        assertEquals("https://vms.example/storage/f.jpg", VmsRestConfig.of("https://vms.example//").absoluteUrl(url));
    }

    // 13. ids as numbers or strings

    @Test
    void q13IdsAsNumbersOrStrings() {
        VmsCanceledCall call = as(IntercomCallCanceled.class, notification(
                "{'type':'intercom_cancel','id':12,'data':{'id':'9002','call_id':4711.0,'camera_id':' 1010 '}}")).call();
        assertNotNull(call);
        assertEquals(9002L, call.idNumber());
        assertEquals(4711L, call.callIdNumber());
        assertEquals(1010L, call.cameraIdNumber());
        IntercomsDeleted deleted = as(IntercomsDeleted.class,
                notification("{'type':'intercom.delete','id':12,'deleted_ids':['301',302]}"));
        assertEquals(List.of(301L, 302L), deleted.ids());
        assertEquals("12", deleted.envelope().notificationId());
        GroupCreated group = as(GroupCreated.class, userPush("{'data':{'type':'groups_created','data':{'id':'15'}}}"));
        assertEquals(15L, group.id());
    }

    // 14. iOS key-mapping defect: the wire keys are read

    @Test
    void q14AnalyticTypeIsReadFromItsWireKey() {
        AnalyticDetection detection = as(AnalyticDetection.class, userPush(
                "{'data':{'type':'analytic_case_motion_detect_event_created','data':{'event':{'analytic_type':'m'}}}}"));
        VmsEventData data = detection.event();
        assertNotNull(data);
        assertNotNull(data.analyticEvent());
        assertEquals("m", data.analyticEvent().analyticType());
    }

    // 15. enums are open strings

    @Test
    void q15UnknownEnumValuesAreKept() {
        VmsIntercom intercom = as(IntercomStored.class, notification("{'type':'intercom.store','intercom':{'id':1,"
                + "'status':'halfConfirmed','available_answer_devices':['is_enabled','teleport'],"
                + "'camera':{'id':2,'status':'exploded','user_status':'banned'},"
                + "'timetable':{'days':[{'type':'caturday','from':'01:00:00','to':'02:00:00'}]}}}")).intercom();
        assertNotNull(intercom);
        assertEquals("halfConfirmed", intercom.status());
        assertEquals(List.of("is_enabled", "teleport"), intercom.availableAnswerDevices());
        assertNotNull(intercom.camera());
        assertEquals("exploded", intercom.camera().status());
        assertEquals("banned", intercom.camera().userStatus());
        assertNotNull(intercom.timetable());
        assertEquals("caturday", intercom.timetable().days().get(0).type());
        IntercomCallStored call = as(IntercomCallStored.class,
                notification("{'type':'intercom.call.store','intercom_call':{'id':1,'status':'on_hold'}}"));
        assertEquals("on_hold", call.status());
    }

    // 16. activity_timeout as string or number (read by the socket layer with the same helper)

    @Test
    void q16NumbersAsStringsAreAcceptedByTheSharedReader() {
        JsonObject established = JsonParser.parseString(json("{'activity_timeout':'120','b':120,'c':'x'}"))
                .getAsJsonObject();
        assertEquals(120L, VmsJsonFields.optLong(established, "activity_timeout"));
        assertEquals(120L, VmsJsonFields.optLong(established, "b"));
        assertNull(VmsJsonFields.optLong(established, "c"));
    }

    // 17. extra frame and envelope keys

    @Test
    void q17ExtraKeysAreIgnored() {
        String frame = json("{'event':'App\\\\Events\\\\UserPush','channel':'private-user.42','#msg-time':1709294400,"
                + "'#msg-id':'abc','#msg-from':'node-1','data':'{\\'data\\':{\\'type\\':\\'groups_updated\\'},"
                + "\\'subject\\':null,\\'#msg-time\\':1}'}").replace("\\'", "\\\"");
        VmsDecodeResult result = decoder.decodeFrame(frame);
        assertEquals(VmsEventKind.GROUPS_UPDATED, event(result).kind(), () -> result.toString());
    }

    // 18. subscription_succeeded and pong have no data

    @Test
    void q18FramesWithoutDataAreDroppedNotThrown() {
        assertDropped(Reason.UNKNOWN_EVENT, decoder.decodeFrame(ExampleFrames.text("pusher/server.pong.json")));
        assertDropped(Reason.UNKNOWN_EVENT,
                decoder.decodeFrame(ExampleFrames.text("pusher/server.subscription_succeeded.json")));
        assertDropped(Reason.MALFORMED, decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, null));
        assertDropped(Reason.MALFORMED, decoder.decodeFrame(json("{'event':'App\\\\Events\\\\UserPush'}")));
    }

    // 19, 20. protocol frames (ping, subscribe) never reach a handler as VMS events

    @Test
    void q19And20ProtocolFramesAreNotVmsEvents() {
        for (String name : List.of("pusher/client.ping.json", "pusher/client.subscribe.json",
                "pusher/client.unsubscribe.json", "pusher/server.connection_established.json")) {
            assertDropped(Reason.UNKNOWN_EVENT, decoder.decodeFrame(ExampleFrames.text(name)));
        }
        assertDropped(Reason.MALFORMED, decoder.decodeFrame("not json"));
        assertDropped(Reason.MALFORMED, decoder.decodeFrame("[]"));
    }

    // 21. reconnects: the decoder keeps no per-connection state

    @Test
    void q21DecodingIsStatelessAcrossConnections() {
        String inner = json("{'data':{'type':'groups_created','data':{'id':15}}}");
        VmsDecodeResult first = decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, inner);
        VmsDecodeResult again = decoder.decode(VmsEventDecoder.USER_PUSH, USER_CHANNEL, inner);
        assertEquals(first, again);
        assertEquals(2, decoder.statistics().decoded());
    }

    // 22, 23. the channel is carried, never interpreted; escaped slashes are plain JSON

    @Test
    void q22And23ChannelIsOpaqueAndEscapedSlashesDecode() {
        VmsDecodeResult event = decoder.decode(VmsEventDecoder.USER_PUSH, "private-user.42:8443/weird/",
                json("{'data':{'type':'archive_generated','status':'ok','data':{'download':"
                        + "{'url':'https:\\/\\/example.com\\/a.mp4'}}}}"));
        assertEquals("https://example.com/a.mp4", as(ArchiveGenerated.class, event).link().url());
        assertEquals("private-user.42:8443/weird/", event.envelope().channel());
    }

    // 24. pusher:error payload as object or string

    @Test
    void q24PusherErrorFramesAreDropped() {
        assertDropped(Reason.UNKNOWN_EVENT, decoder.decodeFrame(ExampleFrames.text("pusher/server.error.json")));
        assertDropped(Reason.UNKNOWN_EVENT,
                decoder.decodeFrame(json("{'event':'pusher:error','data':'{\\'message\\':\\'x\\',\\'code\\':4009}'}")
                        .replace("\\'", "\\\"")));
    }

    // 25. empty bodies

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "\n" })
    void q25EmptyDataIsMalformed(String data) {
        assertDropped(Reason.MALFORMED, decoder.decode(VmsEventDecoder.NOTIFICATION, USER_CHANNEL, data));
    }

    // bounds

    @Test
    void hugeArraysAreCappedAndHugeNumbersIgnored() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            ids.append(i).append(',');
        }
        ids.append("1e400,99999999999999999999999,-1");
        GroupsDeleted event = as(GroupsDeleted.class,
                userPush("{'data':{'type':'groups_deleted','data':{'ids':[" + ids + "]}}}"));
        assertEquals(VmsJsonFields.MAX_LIST_SIZE, event.ids().size());
        assertEquals(0L, event.ids().get(0));
        assertEquals(9_999L, event.ids().get(VmsJsonFields.MAX_LIST_SIZE - 1));
    }

    @Test
    void deepNestingAndOversizedInputAreMalformed() {
        String deep = "{'data':{'type':'mark_created','data':" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
        assertDropped(Reason.MALFORMED, userPush(deep));
        String deepInString = "{'data':{'type':'mark_created','data':{'title':'" + "[".repeat(1000) + "'}}}";
        assertEquals(VmsEventKind.MARK_CREATED, event(userPush(deepInString)).kind(),
                "brackets inside strings are text");
        String large = "{'data':{'type':'mark_created','data':{'title':'" + "x".repeat(SafeJson.MAX_CHARS) + "'}}}";
        assertDropped(Reason.MALFORMED, userPush(large));
    }

    @Test
    void invalidJsonIsMalformed() {
        for (String bad : List.of("{", "{'data':", "{'data':{'type':'logout'}", "}{", "{'a':1}{'b':2}", "\u0000",
                "{'data':{'type':'logout'}},")) {
            assertDropped(Reason.MALFORMED, userPush(bad));
        }
    }

    @Test
    void nullArgumentsFromCarelessCallersDoNotThrow() {
        @Nullable
        String nothing = null;
        @SuppressWarnings("null")
        VmsDecodeResult event = decoder.decode(nothing, null, null);
        assertDropped(Reason.UNKNOWN_EVENT, event);
        assertDropped(Reason.MALFORMED, decoder.decodeFrame(null));
    }
}
