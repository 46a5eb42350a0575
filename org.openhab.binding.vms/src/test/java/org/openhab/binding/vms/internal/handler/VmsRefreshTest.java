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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;

/**
 * An item linked to a channel after its state was sent gets that state: openHAB calls {@code channelLinked}, which
 * sends REFRESH, and every state channel answers it with its current (last sent) state. Before, the intercom's name,
 * address and online state and all message-driven channels stayed NULL until the next message.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsRefreshTest extends AccountTestBase {

    @Test
    void anIntercomItemLinkedLaterGetsNameAddressAndOnline() {
        onlineAndResynced();
        VmsIntercomHandler intercom = fixture().intercom(301); // gets the listed intercom from the bridge

        assertEquals(new StringType("Entrance 2"), linkedLater(intercom, CHANNEL_NAME));
        assertEquals(new StringType("1 Example Street, entrance 2"), linkedLater(intercom, CHANNEL_ADDRESS));
        assertEquals(OnOffType.ON, linkedLater(intercom, CHANNEL_ONLINE));
    }

    @Test
    void theIntercomsLastCallIsSentAgain() {
        onlineAndResynced();
        VmsIntercomHandler intercom = fixture().intercom(301);
        fixture().deliver("notification.intercom.call.store.json");
        State time = sent(intercom, CHANNEL_LAST_CALL_TIME);
        State json = sent(intercom, CHANNEL_LAST_EVENT_JSON);

        assertEquals(new DecimalType(9001), linkedLater(intercom, CHANNEL_LAST_CALL_ID));
        assertEquals(new StringType("MISSED"), linkedLater(intercom, CHANNEL_LAST_CALL_STATUS));
        assertEquals(time, linkedLater(intercom, CHANNEL_LAST_CALL_TIME));
        assertEquals(json, linkedLater(intercom, CHANNEL_LAST_EVENT_JSON));
        assertEquals(OnOffType.OFF, linkedLater(intercom, CHANNEL_OPEN_DOOR));
    }

    @Test
    void theCamerasLastMarkIsSentAgain() {
        onlineAndResynced();
        VmsCameraHandler camera = fixture().camera(1001);
        fixture().deliver("user-push.mark_created.json");
        State time = sent(camera, CHANNEL_LAST_EVENT_TIME);
        State json = sent(camera, CHANNEL_LAST_EVENT_JSON);

        assertEquals(new StringType("MARK_CREATED"), linkedLater(camera, CHANNEL_LAST_EVENT_TYPE));
        assertEquals(new StringType("Parcel delivered"), linkedLater(camera, CHANNEL_LAST_EVENT_TITLE));
        assertEquals(time, linkedLater(camera, CHANNEL_LAST_EVENT_TIME));
        assertEquals(json, linkedLater(camera, CHANNEL_LAST_EVENT_JSON));
        assertEquals(OnOffType.ON, linkedLater(camera, CHANNEL_FAVORITE));
        assertEquals(new StringType("active"), linkedLater(camera, CHANNEL_STATUS));
    }

    @Test
    void theAccountsMessageChannelsAreSentAgain() {
        onlineAndResynced();
        fixture().deliver("user-push.permissions_updated.json");
        fixture().deliver("token-push.archive_generated.json");
        State lastMessage = sent(fixture().account, CHANNEL_LAST_MESSAGE);
        State eventData = sent(fixture().account, CHANNEL_ACCOUNT_EVENT_DATA);

        assertEquals(new StringType("https://example.com/s3/archives/1001/20240301-120000-120500.mp4"),
                linkedLater(fixture().account, CHANNEL_ARCHIVE_URL));
        assertEquals(lastMessage, linkedLater(fixture().account, CHANNEL_LAST_MESSAGE));
        assertEquals(eventData, linkedLater(fixture().account, CHANNEL_ACCOUNT_EVENT_DATA));
        assertNotNull(linkedLater(fixture().account, CHANNEL_CONNECTION_STATE));
        assertEquals(new DecimalType(0), linkedLater(fixture().account, CHANNEL_DROPPED_MESSAGES));
    }

    @Test
    void nothingIsSentForWhatIsNotKnownYet() {
        fixture().start(); // initialised, but the account not read yet
        VmsIntercomHandler intercom = fixture().intercom(301);
        fixture().clearLog();

        intercom.channelLinked(channel(intercom, CHANNEL_NAME));
        intercom.channelLinked(channel(intercom, CHANNEL_LAST_CALL_ID));
        fixture().account.channelLinked(channel(fixture().account, CHANNEL_ARCHIVE_URL));

        assertEquals(List.of(), fixture().log, "no NULL or UNDEF replaces what an item may show");
    }

    @Test
    void aThingConfiguredForAnotherIntercomForgetsTheEarliersStates() {
        onlineAndResynced();
        VmsIntercomHandler intercom = fixture().intercom(301);
        intercom.dispose();
        intercom.initialize(); // the same intercom again (e.g. another parameter changed)
        assertEquals(new StringType("Entrance 2"), linkedLater(intercom, CHANNEL_NAME));

        intercom.dispose();
        intercom.getThing().getConfiguration().put(CONFIG_INTERCOM_ID, 302);
        intercom.initialize();
        fixture().clearLog();
        intercom.channelLinked(channel(intercom, CHANNEL_NAME));
        assertEquals(List.of(), fixture().states(intercom, CHANNEL_NAME), "intercom 301's name is not 302's");
    }

    /** The states sent when an item is linked to the channel now (openHAB's path: channelLinked, then REFRESH). */
    private @Nullable State linkedLater(ThingHandler handler, String channelId) {
        fixture().clearLog();
        handler.channelLinked(channel(handler, channelId));
        waitForAssert(() -> assertEquals(1, fixture().states(handler, channelId).size(), channelId));
        return fixture().lastState(handler, channelId);
    }

    /** The state the channel got so far (there must be one). */
    private State sent(ThingHandler handler, String channelId) {
        State state = fixture().lastState(handler, channelId);
        assertNotNull(state, channelId + " had a state");
        return state;
    }

    private static ChannelUID channel(ThingHandler handler, String channelId) {
        return new ChannelUID(handler.getThing().getUID(), channelId);
    }
}
