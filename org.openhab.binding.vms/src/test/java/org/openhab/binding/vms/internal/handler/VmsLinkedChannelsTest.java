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
package org.openhab.binding.vms.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;

/**
 * A message's states are made and sent only for channels that an item is linked to, as openHAB's callback says
 * ({@code isChannelLinked}); a channel linked later gets the last message's state through openHAB's path
 * ({@code channelLinked}, then REFRESH), the same state it would have got when linked, door codes removed all the
 * same. Triggers fire whatever is linked: rules use them without items.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsLinkedChannelsTest extends AccountTestBase {

    /** What openHAB's link registry holds in these tests: nothing until a test links a channel. */
    private final Set<ChannelUID> linked = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void nothingLinked() {
        fixture().manager.linkChannels(linked::contains);
    }

    @Test
    void anUnlinkedCameraGetsItsTriggersButNoStates() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        fixture().clearLog();

        fixture().deliver("user-push.analytic_case_license_plate_event_created.json");
        fixture().deliver("user-push.mark_created.json");

        assertEquals(List.of("LICENSE_PLATE"), fixture().triggers(camera, CHANNEL_ANALYTIC_EVENT));
        assertEquals(List.of(MARK_CREATED), fixture().triggers(camera, CHANNEL_MARK));
        for (String channel : List.of(CHANNEL_LAST_EVENT_TYPE, CHANNEL_LAST_EVENT_TIME, CHANNEL_LAST_EVENT_TITLE,
                CHANNEL_LAST_EVENT_JSON, CHANNEL_LAST_EVENT_IMAGE_URL, CHANNEL_LAST_LICENSE_PLATE)) {
            assertEquals(List.of(), fixture().states(camera, channel), channel);
        }
    }

    @Test
    void onlyTheLinkedChannelsGetStatesAndTheyComeBeforeTheTrigger() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        link(camera, CHANNEL_LAST_EVENT_TYPE);
        fixture().clearLog();

        fixture().deliver("user-push.analytic_case_license_plate_event_created.json");

        assertEquals(List.of(new StringType("LICENSE_PLATE")), fixture().states(camera, CHANNEL_LAST_EVENT_TYPE));
        assertEquals(List.of(), fixture().states(camera, CHANNEL_LAST_EVENT_JSON));
        assertEquals(List.of(), fixture().states(camera, CHANNEL_LAST_LICENSE_PLATE));
        assertTrue(fixture().firstStateIndex(camera.getThing().getUID(), CHANNEL_LAST_EVENT_TYPE) < fixture()
                .firstTriggerIndex(camera.getThing().getUID(), CHANNEL_ANALYTIC_EVENT), "state before trigger");
    }

    @Test
    void aCameraChannelLinkedLaterGetsTheLastMessagesStateAsALinkedOneWould() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        fixture().deliver("user-push.analytic_case_license_plate_event_created.json");
        fixture().deliver("user-push.mark_created.json");
        fixture().deliver("user-push.mark_updated.json");

        State json = linkLater(camera, CHANNEL_LAST_EVENT_JSON);
        State title = linkLater(camera, CHANNEL_LAST_EVENT_TITLE);
        State time = linkLater(camera, CHANNEL_LAST_EVENT_TIME);
        State plate = linkLater(camera, CHANNEL_LAST_LICENSE_PLATE);
        State imageUrl = linkLater(camera, CHANNEL_LAST_EVENT_IMAGE_URL);

        assertEquals(new StringType("Parcel delivered (edited)"), title, "the last message's, not the first's");
        assertEquals(new StringType("MARK_UPDATED"), linkLater(camera, CHANNEL_LAST_EVENT_TYPE));
        // what the channels get when linked from the start
        unlinkAll();
        linked.add(channel(camera, CHANNEL_LAST_LICENSE_PLATE));
        linked.add(channel(camera, CHANNEL_LAST_EVENT_IMAGE_URL));
        fixture().clearLog();
        fixture().deliver("user-push.analytic_case_license_plate_event_created.json");
        assertEquals(fixture().lastState(camera, CHANNEL_LAST_LICENSE_PLATE), plate, "the plate stays the last seen");
        assertEquals(fixture().lastState(camera, CHANNEL_LAST_EVENT_IMAGE_URL), imageUrl);
        linked.addAll(List.of(channel(camera, CHANNEL_LAST_EVENT_JSON), channel(camera, CHANNEL_LAST_EVENT_TITLE),
                channel(camera, CHANNEL_LAST_EVENT_TIME)));
        fixture().deliver("user-push.mark_updated.json");
        assertEquals(fixture().lastState(camera, CHANNEL_LAST_EVENT_JSON), json);
        assertEquals(fixture().lastState(camera, CHANNEL_LAST_EVENT_TITLE), title);
        assertEquals(fixture().lastState(camera, CHANNEL_LAST_EVENT_TIME), time);
    }

    @Test
    void anIntercomsJsonLinkedLaterHasNoDoorCode() {
        onlineAndResynced();
        VmsIntercomHandler intercom = fixture().intercom(301);
        fixture().clearLog();
        fixture().deliver("notification.intercom.code.store.json");
        assertEquals(List.of(INTERCOM_CODE_STORED), fixture().triggers(intercom, CHANNEL_INTERCOM_EVENT));
        assertEquals(List.of(), fixture().states(intercom, CHANNEL_LAST_EVENT_JSON));

        State json = linkLater(intercom, CHANNEL_LAST_EVENT_JSON);

        assertFalse(json.toString().contains("482913"), json.toString());
        assertTrue(json.toString().contains("Courier"), json.toString());
    }

    @Test
    void theAccountsEventDataAndLastMessageLinkedLaterAreTheLastMessages() {
        onlineAndResynced();
        fixture().deliver("token-push.archive_generated.json");
        fixture().deliver("user-push.permissions_updated.json");
        assertEquals(List.of(), fixture().states(fixture().account, CHANNEL_ACCOUNT_EVENT_DATA));
        assertEquals(List.of(), fixture().states(fixture().account, CHANNEL_LAST_MESSAGE));
        assertEquals(2, fixture().triggers(fixture().account, CHANNEL_ACCOUNT_EVENT).size());

        State data = linkLater(fixture().account, CHANNEL_ACCOUNT_EVENT_DATA);
        assertNotNull(linkLater(fixture().account, CHANNEL_LAST_MESSAGE));
        assertEquals(new StringType("https://example.com/s3/archives/1001/20240301-120000-120500.mp4"),
                linkLater(fixture().account, CHANNEL_ARCHIVE_URL));

        assertEquals(new StringType("{\"data\":{\"type\":\"permissions_updated\"},\"subject\":null,\"message\":null}"),
                data);
    }

    /** openHAB's path when an item is linked: the registry has the link, then the handler hears channelLinked. */
    private State linkLater(ThingHandler handler, String channelId) {
        ChannelUID channel = channel(handler, channelId);
        linked.add(channel);
        fixture().clearLog();
        handler.channelLinked(channel);
        waitForAssert(() -> assertEquals(1, fixture().states(handler, channelId).size(), channelId));
        State state = fixture().lastState(handler, channelId);
        assertNotNull(state);
        return state;
    }

    private void link(ThingHandler handler, String channelId) {
        linked.add(channel(handler, channelId));
    }

    private void unlinkAll() {
        linked.clear();
    }

    private static ChannelUID channel(ThingHandler handler, String channelId) {
        return new ChannelUID(handler.getThing().getUID(), channelId);
    }
}
