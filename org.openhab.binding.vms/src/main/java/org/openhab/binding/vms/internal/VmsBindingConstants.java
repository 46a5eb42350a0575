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
package org.openhab.binding.vms.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Identifiers used across the binding: thing types, configuration parameters, properties, channel ids and trigger
 * payloads. They must match OH-INF/thing/*.xml; VmsBindingConstantsTest checks that.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsBindingConstants {

    public static final String BINDING_ID = "vms";

    // ---- thing types

    /** The VMS account (bridge): REST login and the Pusher socket. */
    public static final ThingTypeUID THING_TYPE_ACCOUNT = new ThingTypeUID(BINDING_ID, "account");
    public static final ThingTypeUID THING_TYPE_CAMERA = new ThingTypeUID(BINDING_ID, "camera");
    public static final ThingTypeUID THING_TYPE_INTERCOM = new ThingTypeUID(BINDING_ID, "intercom");

    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_ACCOUNT, THING_TYPE_CAMERA,
            THING_TYPE_INTERCOM);
    /** What the account's discovery service finds. */
    public static final Set<ThingTypeUID> DISCOVERABLE_THING_TYPES = Set.of(THING_TYPE_CAMERA, THING_TYPE_INTERCOM);

    // ---- configuration parameters (also the representation properties of discovery results)

    public static final String CONFIG_BASE_URL = "baseUrl";
    public static final String CONFIG_LOGIN = "login";
    public static final String CONFIG_CAMERA_ID = "cameraId";
    public static final String CONFIG_INTERCOM_ID = "intercomId";
    /** Camera: seconds between snapshots, 0 = none (only on REFRESH and detections). */
    public static final String CONFIG_SNAPSHOT_INTERVAL = "snapshotInterval";

    // ---- account bridge channels

    public static final String CHANNEL_CONNECTION_STATE = "connection-state";
    public static final String CHANNEL_LAST_MESSAGE = "last-message";
    public static final String CHANNEL_ARCHIVE_URL = "archive-url";
    public static final String CHANNEL_DROPPED_MESSAGES = "dropped-messages";
    public static final String CHANNEL_ACCOUNT_EVENT_DATA = "account-event-data";
    public static final String CHANNEL_ACCOUNT_EVENT = "account-event";

    // ---- camera channels

    public static final String CHANNEL_FAVORITE = "favorite";
    public static final String CHANNEL_STATUS = "status";
    public static final String CHANNEL_PREVIEW_URL = "preview-url";
    public static final String CHANNEL_FAVORITE_CHANGED = "favorite-changed";
    public static final String CHANNEL_MARK = "mark";
    public static final String CHANNEL_ANALYTIC_EVENT = "analytic-event";
    public static final String CHANNEL_LAST_EVENT_TYPE = "last-event-type";
    public static final String CHANNEL_LAST_EVENT_TIME = "last-event-time";
    public static final String CHANNEL_LAST_EVENT_TITLE = "last-event-title";
    public static final String CHANNEL_LAST_EVENT_IMAGE_URL = "last-event-image-url";
    public static final String CHANNEL_LAST_LICENSE_PLATE = "last-license-plate";
    public static final String CHANNEL_LAST_COUNT = "last-count";
    /** Camera and intercom. */
    public static final String CHANNEL_LAST_EVENT_JSON = "last-event-json";
    /** Camera: the latest frame as a JPEG (the preview decoded). */
    public static final String CHANNEL_SNAPSHOT = "snapshot";
    /** Camera: the picture of the last analytic detection. */
    public static final String CHANNEL_LAST_EVENT_IMAGE = "last-event-image";

    // ---- intercom channels

    public static final String CHANNEL_NAME = "name";
    public static final String CHANNEL_ADDRESS = "address";
    public static final String CHANNEL_ONLINE = "online";
    public static final String CHANNEL_OPEN_DOOR = "open-door";
    public static final String CHANNEL_CALL = "call";
    public static final String CHANNEL_CALL_CANCELED = "call-canceled";
    public static final String CHANNEL_INTERCOM_EVENT = "intercom-event";
    public static final String CHANNEL_LAST_CALL_TIME = "last-call-time";
    public static final String CHANNEL_LAST_CALL_STATUS = "last-call-status";
    public static final String CHANNEL_LAST_CALL_ID = "last-call-id";

    // ---- issue 9: video and camera control, intercom controls, Thing properties

    public static final String CHANNEL_STREAM_HLS = "stream-hls";
    public static final String CHANNEL_STREAM_RTSP = "stream-rtsp";
    /** Present only on cameras the server reports as PTZ: added and removed by the camera handler. */
    public static final String CHANNEL_PTZ = "ptz";
    public static final String CHANNEL_RINGING = "ringing";
    public static final String CHANNEL_REJECT_CALL = "reject-call";
    public static final String CHANNEL_ENABLED = "enabled";

    /** Camera: {@code high} or {@code low}, the {@code type} of {@code GET cameras/{id}/streams}. */
    public static final String CONFIG_STREAM_QUALITY = "streamQuality";
    /** Intercom: seconds after which {@code ringing} goes OFF when nothing ended the call before. */
    public static final String CONFIG_RING_TIMEOUT = "ringTimeout";

    public static final String STREAM_QUALITY_HIGH = "high";
    public static final String STREAM_QUALITY_LOW = "low";
    public static final String STREAM_SOURCE_HLS = "hls";
    public static final String STREAM_SOURCE_RTSP = "rtsp";

    /** {@code ptz} commands. */
    public static final String PTZ_UP = "UP";
    public static final String PTZ_DOWN = "DOWN";
    public static final String PTZ_LEFT = "LEFT";
    public static final String PTZ_RIGHT = "RIGHT";
    public static final String PTZ_ZOOM_IN = "ZOOM_IN";
    public static final String PTZ_ZOOM_OUT = "ZOOM_OUT";
    public static final String PTZ_HOME = "HOME";

    // Thing properties (what the server already sends; never a token, password or door code)

    public static final String PROPERTY_CAMERA_TYPE = "cameraType";
    public static final String PROPERTY_ADDRESS = "address";
    public static final String PROPERTY_IP = "ip";
    public static final String PROPERTY_GROUP = "group";
    public static final String PROPERTY_PTZ = "ptz";
    public static final String PROPERTY_MOTION_DETECTION = "motionDetection";
    public static final String PROPERTY_SOUND = "sound";
    public static final String PROPERTY_VIDEO_CODEC = "videoCodec";
    public static final String PROPERTY_AUDIO_CODEC = "audioCodec";
    public static final String PROPERTY_RESOLUTION = "resolution";
    public static final String PROPERTY_STREAMS = "streams";
    public static final String PROPERTY_BRIDGE_CAMERA = "bridgeCamera";
    public static final String PROPERTY_LIVE_RESTRICTED = "liveRestricted";
    public static final String PROPERTY_ARCHIVE_RESTRICTED = "archiveRestricted";
    public static final String PROPERTY_ARCHIVE_START = "archiveStart";
    public static final String PROPERTY_FLAT = "flat";
    public static final String PROPERTY_DOOR_OPENING = "doorOpening";
    public static final String PROPERTY_ANSWER_DEVICES = "answerDevices";
    public static final String PROPERTY_CAMERA_ID = "cameraId";
    public static final String PROPERTY_ANALYTICS = "analytics";
    public static final String PROPERTY_USER_LOGIN = "userLogin";
    public static final String PROPERTY_USER_NAME = "userName";
    public static final String PROPERTY_USER_ID = "userId";
    public static final String PROPERTY_SOCKET_HOST = "socketHost";
    public static final String PROPERTY_APP_KEY = "appKey";

    // ---- account-event payloads

    public static final String EVENT_CAMERAS_ATTACHED = "CAMERAS_ATTACHED";
    public static final String EVENT_CAMERAS_DETACHED = "CAMERAS_DETACHED";
    public static final String EVENT_PERMISSIONS_UPDATED = "PERMISSIONS_UPDATED";
    public static final String EVENT_GROUPS_UPDATED = "GROUPS_UPDATED";
    public static final String EVENT_GROUPS_CREATED = "GROUPS_CREATED";
    public static final String EVENT_GROUPS_DELETED = "GROUPS_DELETED";
    public static final String EVENT_LAYOUTS_UPDATED = "LAYOUTS_UPDATED";
    public static final String EVENT_CAMERA_GROUPS_SYNCED = "CAMERA_GROUPS_SYNCED";
    public static final String EVENT_ARCHIVE_GENERATED = "ARCHIVE_GENERATED";
    public static final String EVENT_ARCHIVE_FAILED = "ARCHIVE_FAILED";
    public static final String EVENT_LOGOUT = "LOGOUT";
    public static final String EVENT_INTERCOM_ADDED = "INTERCOM_ADDED";
    public static final String EVENT_INTERCOM_KEY_CONFIRMED = "INTERCOM_KEY_CONFIRMED";
    public static final String EVENT_INTERCOM_KEY_ERROR = "INTERCOM_KEY_ERROR";
    public static final String EVENT_INTERCOM_ADD_ERROR = "INTERCOM_ADD_ERROR";
    public static final String EVENT_CALL_CANCELED = "CALL_CANCELED";
    public static final String EVENT_MARK_CREATED = "MARK_CREATED";
    public static final String EVENT_MARK_UPDATED = "MARK_UPDATED";
    public static final String EVENT_MARK_DELETED = "MARK_DELETED";
    public static final String EVENT_ANALYTIC_EVENT = "ANALYTIC_EVENT";
    /** A message of a type the binding does not know; its JSON is on account-event-data. */
    public static final String EVENT_UNKNOWN_MESSAGE = "UNKNOWN_MESSAGE";

    // ---- camera trigger payloads (analytic-event payloads come from VmsEventKind, see AnalyticPayloads)

    public static final String FAVORITE_ADDED = "ADDED";
    public static final String FAVORITE_REMOVED = "REMOVED";
    public static final String MARK_CREATED = "CREATED";
    public static final String MARK_UPDATED = "UPDATED";
    public static final String MARK_DELETED = "DELETED";

    // ---- intercom trigger payloads

    public static final String INTERCOM_RENAMED = "RENAMED";
    public static final String INTERCOM_UPDATED = "UPDATED";
    public static final String INTERCOM_KEY_CONFIRMED = "KEY_CONFIRMED";
    public static final String INTERCOM_CODE_STORED = "CODE_STORED";
    public static final String INTERCOM_CODES_DELETED = "CODES_DELETED";
    public static final String INTERCOM_CALLS_DELETED = "CALLS_DELETED";
    public static final String INTERCOM_FACE_DETECTED = "FACE_DETECTED";
    public static final String INTERCOM_ANALYTIC_EVENT = "ANALYTIC_EVENT";
    public static final String CALL_CANCELED = "CANCELED";

    // ---- caught up after a gap (docs/protocol.md, "Catch-up")

    public static final String CONFIG_CATCH_UP_MAX_EVENTS = "catchUpMaxEvents";
    /** Camera: a detection read from the history after a gap; the same payloads as {@code analytic-event}. */
    public static final String CHANNEL_LATE_ANALYTIC_EVENT = "late-analytic-event";
    /** Camera: a mark created during a gap ({@link #MARK_CREATED}). */
    public static final String CHANNEL_LATE_MARK = "late-mark";
    /** Intercom: a call stored during a gap; the same payloads as {@code call}. */
    public static final String CHANNEL_LATE_CALL = "late-call";
    /** Intercom: a detection of its camera during a gap; the same payloads as {@code intercom-event}. */
    public static final String CHANNEL_LATE_INTERCOM_EVENT = "late-intercom-event";
    /** Camera and intercom: when the event of the last late trigger happened. */
    public static final String CHANNEL_LATE_EVENT_TIME = "late-event-time";

    private VmsBindingConstants() {
    }
}
