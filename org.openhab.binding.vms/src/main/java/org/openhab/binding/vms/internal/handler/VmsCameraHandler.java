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

import static org.openhab.binding.vms.internal.VmsBindingConstants.*;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.action.VmsCameraActions;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticEventType;
import org.openhab.binding.vms.internal.api.model.VmsAnalyticFile;
import org.openhab.binding.vms.internal.api.model.VmsEventData;
import org.openhab.binding.vms.internal.api.model.VmsStreamLink;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.binding.vms.internal.config.VmsThingIds;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.RawType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera of the account. Its states and triggers come from the bridge (messages routed by {@link EventRouter},
 * lists re-read by {@link AccountResync}); its commands go out over the bridge's REST client on the scheduler.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsCameraHandler extends VmsChildHandler {

    private final Logger logger = LoggerFactory.getLogger(VmsCameraHandler.class);

    /** The shortest {@code snapshotInterval}: a preview costs the server a frame extraction. */
    static final int MIN_SNAPSHOT_INTERVAL = 5;

    private volatile long cameraId;
    private volatile @Nullable Boolean favorite;
    private volatile @Nullable String status;
    /** Whether the server reports the camera as PTZ; null until the camera's model was seen. */
    private volatile @Nullable Boolean ptzCapable;
    private final CameraStreams streams;
    private final Object ptzCommandsLock = new Object();
    /** The last PTZ command queued. Guarded by ptzCommandsLock. */
    private CompletableFuture<@Nullable Void> ptzCommands = CompletableFuture.completedFuture(null);
    private final CameraPictures pictures = new CameraPictures();
    /** The link of the last detection's picture, for REFRESH of {@code last-event-image}. */
    private volatile @Nullable String lastImageUrl;
    private @Nullable ScheduledFuture<?> snapshotJob;

    public VmsCameraHandler(Thing thing) {
        super(thing);
        streams = new CameraStreams(new StreamsHost(), scheduler, Clock.systemUTC());
    }

    /** The configured camera id; 0 until initialised with a valid configuration. */
    public long getCameraId() {
        return cameraId;
    }

    @Override
    public void initialize() {
        super.initialize();
        // not getConfigAs: its conversion to long truncates fractions and wraps huge numbers into valid-looking ids
        long configured = VmsThingIds.positiveId(getThing().getConfiguration().get(CONFIG_CAMERA_ID));
        if (configured != cameraId) {
            forgetLastStates();
            ptzCapable = null;
            lastImageUrl = null;
        }
        if (configured <= 0) {
            cameraId = 0;
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, VmsStatusText.INVALID_CAMERA_ID);
            return;
        }
        cameraId = configured;
        streams.start(streamQuality(getThing().getConfiguration().get(CONFIG_STREAM_QUALITY)));
        updateStatusFromBridge();
        if (getThing().getStatus() == ThingStatus.ONLINE) {
            // initialised again after a configuration change: the bridge does not list the camera to it again
            streams.refreshMissing();
        }
        startSnapshotJob();
    }

    @Override
    public void dispose() {
        streams.stop();
        ScheduledFuture<?> job = snapshotJob;
        if (job != null) {
            job.cancel(false);
            snapshotJob = null;
        }
        super.dispose();
    }

    /** {@code high} unless {@code low} is configured (openHAB limits the parameter to these two). */
    static String streamQuality(@Nullable Object configured) {
        return configured != null && STREAM_QUALITY_LOW.equalsIgnoreCase(configured.toString().trim())
                ? STREAM_QUALITY_LOW
                : STREAM_QUALITY_HIGH;
    }

    /** Every {@code snapshotInterval} seconds (0 or absent: never; below the minimum: the minimum). */
    private void startSnapshotJob() {
        Object value = getThing().getConfiguration().get(CONFIG_SNAPSHOT_INTERVAL);
        long interval = value instanceof Number number ? number.longValue() : 0;
        if (interval <= 0) {
            return;
        }
        if (interval < MIN_SNAPSHOT_INTERVAL) {
            logger.debug("Camera {}: snapshotInterval {} s is below the minimum, using {} s", cameraId, interval,
                    MIN_SNAPSHOT_INTERVAL);
            interval = MIN_SNAPSHOT_INTERVAL;
        }
        snapshotJob = scheduler.scheduleWithFixedDelay(() -> requestSnapshot(null), interval, interval,
                TimeUnit.SECONDS);
    }

    @Override
    protected boolean isMissingFromAccount(VmsAccountHandler account) {
        return account.isCameraMissing(cameraId);
    }

    @Override
    protected String goneDescription() {
        return VmsStatusText.CAMERA_NOT_FOUND;
    }

    @Override
    protected boolean isConfigured() {
        return cameraId > 0;
    }

    /** The rule actions of this Thing: openHAB's handler factory makes and registers them (a PROTOTYPE component). */
    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(VmsCameraActions.class);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        switch (channelUID.getId()) {
            case CHANNEL_FAVORITE:
                if (command instanceof OnOffType onOff) {
                    boolean wanted = onOff == OnOffType.ON;
                    scheduler.execute(() -> changeFavorite(wanted));
                } else if (command instanceof RefreshType) {
                    updateState(CHANNEL_FAVORITE, favoriteState());
                }
                break;
            case CHANNEL_STATUS:
                if (command instanceof RefreshType) {
                    String current = status;
                    updateState(CHANNEL_STATUS, current == null ? UnDefType.UNDEF : new StringType(current));
                }
                break;
            case CHANNEL_PREVIEW_URL:
                if (command instanceof RefreshType) {
                    scheduler.execute(this::refreshPreviewUrl);
                }
                break;
            case CHANNEL_SNAPSHOT:
                if (command instanceof RefreshType) {
                    requestSnapshot(null);
                }
                break;
            case CHANNEL_LAST_EVENT_IMAGE:
                if (command instanceof RefreshType) {
                    String url = lastImageUrl;
                    if (url != null) {
                        requestEventImage(url);
                    }
                }
                break;
            case CHANNEL_STREAM_HLS:
            case CHANNEL_STREAM_RTSP:
                if (command instanceof RefreshType) {
                    streams.refreshSoon(CHANNEL_STREAM_RTSP.equals(channelUID.getId()) ? STREAM_SOURCE_RTSP
                            : STREAM_SOURCE_HLS);
                }
                break;
            case CHANNEL_PTZ:
                if (command instanceof StringType direction) {
                    ptzInOrder(direction.toString());
                }
                break;
            default:
                if (command instanceof RefreshType) {
                    // the last mark or detection: what the bridge last sent
                    refreshFromLastState(channelUID.getId());
                }
                break;
        }
    }

    /** PTZ commands reach the server in the order they were given (UP, then HOME), one at a time. */
    private void ptzInOrder(String direction) {
        synchronized (ptzCommandsLock) {
            ptzCommands = ptzCommands.thenRunAsync(() -> ptz(direction), scheduler);
        }
    }

    /**
     * Adds the camera to or removes it from the favourites, on the caller's thread (the scheduler for a command, the
     * rule's thread for the action); the channel shows the outcome, unless the Thing was disposed meanwhile.
     *
     * @return whether the server made the change
     */
    public boolean changeFavorite(boolean wanted) {
        Boolean done = callServer(wanted ? "add the camera to the favourites" : "remove the camera from the favourites",
                rest -> {
                    if (wanted) {
                        rest.addFavorite(cameraId);
                    } else {
                        rest.removeFavorite(cameraId);
                    }
                    return true;
                });
        if (done != null) {
            // the server's camera.store_favorite / destroy_favorite confirms it and fires favorite-changed
            favorite = wanted;
        }
        runUnlessDisposed(() -> updateState(CHANNEL_FAVORITE, done != null ? OnOffType.from(wanted) : favoriteState()));
        return done != null;
    }

    /** On the scheduler; the update after the request is dropped if the Thing was disposed meanwhile. */
    private void refreshPreviewUrl() {
        VmsRestClient rest = restClient();
        if (rest == null) {
            return;
        }
        try {
            String url = rest.getPreviewUrl(cameraId);
            runUnlessDisposed(() -> updateState(CHANNEL_PREVIEW_URL, new StringType(url)));
        } catch (VmsApiException e) {
            logger.debug("Camera {}: could not read the preview link: {}", cameraId, e.getMessage());
            runUnlessDisposed(() -> requestFailed(e));
        }
    }

    // ---------------------------------------------------------------- for channels and rule actions

    /**
     * A live stream link, read now (blocks for one REST call; for rule actions).
     *
     * @param quality {@code high} or {@code low}; null or blank for the configured {@code streamQuality}
     * @param source {@code hls} or {@code rtsp}; null or blank for {@code hls}
     * @return the URL, or null when the account is offline, the server refused, or an argument is unknown
     */
    public @Nullable String streamUrl(@Nullable String quality, @Nullable String source) {
        String wantedQuality = quality == null || quality.isBlank()
                ? streamQuality(getThing().getConfiguration().get(CONFIG_STREAM_QUALITY))
                : quality.trim().toLowerCase(Locale.ROOT);
        String wantedSource = source == null || source.isBlank() ? STREAM_SOURCE_HLS
                : source.trim().toLowerCase(Locale.ROOT);
        if (!STREAM_QUALITY_HIGH.equals(wantedQuality) && !STREAM_QUALITY_LOW.equals(wantedQuality)
                || !STREAM_SOURCE_HLS.equals(wantedSource) && !STREAM_SOURCE_RTSP.equals(wantedSource)) {
            logger.warn("Camera {}: no stream of quality '{}' and source '{}' (high/low, hls/rtsp)", cameraId,
                    quality, source);
            return null;
        }
        // like every call for a rule: a refusal is logged and counts for the Thing (a 404 makes it GONE)
        VmsStreamLink link = callServer("read the " + wantedSource + " stream link",
                rest -> rest.getStreamLink(cameraId, wantedQuality, wantedSource));
        return link == null ? null : link.url();
    }

    /**
     * Moves, zooms or homes the camera (blocks for one REST call; for the {@code ptz} channel and rule actions).
     *
     * @param direction {@code UP}, {@code DOWN}, {@code LEFT}, {@code RIGHT}, {@code ZOOM_IN}, {@code ZOOM_OUT} or
     *            {@code HOME} (case and {@code -}/{@code _} do not matter)
     * @return whether the server accepted it; false also for an unknown direction, a camera the server reports as
     *         not PTZ, or an offline account
     */
    public boolean ptz(String direction) {
        String command = CameraPtz.normalize(direction);
        if (command == null || !CameraPtz.isKnown(command)) {
            logger.warn("Camera {}: unknown PTZ command '{}' (UP, DOWN, LEFT, RIGHT, ZOOM_IN, ZOOM_OUT, HOME)",
                    cameraId, direction);
            return false;
        }
        if (Boolean.FALSE.equals(ptzCapable)) {
            logger.warn("Camera {}: the server does not report it as PTZ; {} not sent", cameraId, command);
            return false;
        }
        String move = CameraPtz.moveKey(command);
        Boolean sent = callServer("send PTZ " + command, rest -> {
            if (move == null) {
                rest.ptzHome(cameraId);
            } else {
                rest.movePtz(cameraId, move);
            }
            return true;
        });
        if (sent != null) {
            logger.debug("Camera {}: PTZ {} sent", cameraId, command);
        }
        return sent != null;
    }

    // ---------------------------------------------------------------- pictures

    /**
     * The camera's frame as a JPEG, for a rule action: blocking (reads the preview link, downloads and decodes the
     * one-frame MP4, bounded by the REST time limit and {@link CameraPictures#MAX_PREVIEW_BYTES}); waits for a
     * snapshot being taken at most {@link CameraPictures#SNAPSHOT_WAIT_SECONDS}. The {@code snapshot} channel gets
     * the picture too when an item is linked to it.
     *
     * @return the JPEG, or null when the account is offline, the Thing is not initialised or the preview could not
     *         be read or decoded (the reason is logged at debug)
     */
    public byte @Nullable [] getSnapshot() {
        VmsRestClient rest = restClient();
        long camera = cameraId;
        if (rest == null || camera <= 0) {
            logger.debug("Camera {}: no snapshot while the account is offline", camera);
            return null;
        }
        if (!pictures.awaitSnapshotSlot()) {
            logger.debug("Camera {}: no snapshot, another one took too long", camera);
            return null;
        }
        try {
            byte[] jpeg = pictures.snapshot(rest, camera, null);
            if (jpeg != null && isLinked(CHANNEL_SNAPSHOT)) {
                updatePicture(CHANNEL_SNAPSHOT, new RawType(jpeg, "image/jpeg"));
            }
            return jpeg;
        } finally {
            pictures.endSnapshot();
        }
    }

    /**
     * A snapshot for the channel, in the background ({@link #inBackground}): skipped while no item is linked to
     * {@code snapshot} and while one is being taken.
     *
     * @param at the moment to show (a detection's time), or null for the latest frame
     */
    private void requestSnapshot(@Nullable Instant at) {
        if (cameraId <= 0 || !isLinked(CHANNEL_SNAPSHOT)) {
            return;
        }
        if (!pictures.tryStartSnapshot()) {
            logger.debug("Camera {}: a snapshot is being taken, this one is skipped", cameraId);
            return;
        }
        inBackground(pictures::endSnapshot, () -> {
            VmsRestClient rest = restClient();
            if (rest == null) {
                return; // offline or disposed: nothing to show, the channel keeps its picture
            }
            byte[] jpeg = pictures.snapshot(rest, cameraId, at);
            updatePicture(CHANNEL_SNAPSHOT, jpeg == null ? UnDefType.UNDEF : new RawType(jpeg, "image/jpeg"));
        });
    }

    /** The detection picture for {@code last-event-image}, in the background; skipped as {@link #requestSnapshot}. */
    private void requestEventImage(String url) {
        if (!isLinked(CHANNEL_LAST_EVENT_IMAGE)) {
            return;
        }
        if (!pictures.tryStartImage()) {
            logger.debug("Camera {}: a detection picture is being downloaded, this one is skipped", cameraId);
            return;
        }
        inBackground(pictures::endImage, () -> {
            VmsRestClient rest = restClient();
            if (rest != null) {
                RawType image = pictures.image(rest, cameraId, url);
                updatePicture(CHANNEL_LAST_EVENT_IMAGE, image == null ? UnDefType.UNDEF : image);
            }
        });
    }

    /**
     * Runs a download on the picture pool ({@link CameraPictures#executor}); {@code done} frees its slot afterwards,
     * or at once if it cannot start.
     */
    private void inBackground(Runnable done, Runnable download) {
        try {
            CameraPictures.executor().execute(() -> {
                try {
                    download.run();
                } finally {
                    done.run();
                }
            });
        } catch (RejectedExecutionException e) {
            done.run(); // the pool is shutting down
        }
    }

    private State favoriteState() {
        Boolean current = favorite;
        return current == null ? UnDefType.UNDEF : OnOffType.from(current);
    }

    // ---------------------------------------------------------------- called by the bridge

    /** The camera as the account lists it: favourite and status; back ONLINE if it had gone. */
    void applyCamera(VmsKnownCamera camera) {
        Boolean newFavorite = camera.favorite();
        if (newFavorite != null) {
            favorite = newFavorite;
            updateState(CHANNEL_FAVORITE, OnOffType.from(newFavorite));
        }
        String newStatus = camera.status();
        if (newStatus != null) {
            status = newStatus;
            updateState(CHANNEL_STATUS, new StringType(newStatus));
        }
        Map<String, String> properties = camera.properties();
        if (!properties.isEmpty()) {
            updateProperties(properties);
        }
        Boolean ptz = camera.ptz();
        if (ptz != null) {
            ptzCapable = ptz;
            syncPtzChannel(ptz);
        }
        present();
        streams.refreshMissing();
    }

    /** Adds the {@code ptz} channel to a PTZ camera's Thing, removes it from one that is not (any more). */
    private void syncPtzChannel(boolean ptz) {
        Channel existing = getThing().getChannel(CHANNEL_PTZ);
        if (ptz && existing == null) {
            logger.debug("Camera {} is PTZ: adding the ptz channel", cameraId);
            updateThing(editThing().withChannel(CameraPtz.channel(getThing().getUID())).build());
        } else if (!ptz && existing != null) {
            logger.debug("Camera {} is not PTZ (any more): removing the ptz channel", cameraId);
            updateThing(editThing().withoutChannel(existing.getUID()).build());
        }
    }

    /** What {@link CameraStreams} needs of this handler. */
    private final class StreamsHost implements CameraStreams.Camera {
        @Override
        public long cameraId() {
            return cameraId;
        }

        @Override
        public @Nullable VmsRestClient rest() {
            return restClient();
        }

        @Override
        public boolean isLinked(String channelId) {
            Boolean linked = callWhileActive(() -> VmsCameraHandler.this.isLinked(channelId));
            return linked != null && linked;
        }

        @Override
        public void publish(String channelId, StringType state) {
            runUnlessDisposed(() -> updateState(channelId, state));
        }
    }

    /** Attached to the account again. */
    void cameraAttached() {
        present();
    }

    /** Detached from the account, or unknown to it. */
    void cameraGone() {
        gone();
    }

    /** {@code camera.store_favorite} / {@code camera.destroy_favorite}: state first, then the trigger. */
    void favoriteChanged(boolean newFavorite) {
        favorite = newFavorite;
        updateFromMessage(CHANNEL_FAVORITE, () -> OnOffType.from(newFavorite));
        triggerChannel(CHANNEL_FAVORITE_CHANGED, newFavorite ? FAVORITE_ADDED : FAVORITE_REMOVED);
    }

    /**
     * A mark was created, updated or deleted.
     *
     * @param eventType the {@code last-event-type}, e.g. {@code MARK_CREATED}
     * @param payload the {@code mark} payload, e.g. {@code CREATED}
     */
    void markEvent(String eventType, String payload, @Nullable VmsEventData mark, VmsEventEnvelope envelope) {
        markEvent(eventType, payload, mark, envelope, false);
    }

    /** As {@link #markEvent}; a {@code late} one (caught up after a gap) fires {@code late-mark} instead. */
    void markEvent(String eventType, String payload, @Nullable VmsEventData mark, VmsEventEnvelope envelope,
            boolean late) {
        Instant time = mark == null ? null : mark.time();
        if (newestEvent.advance(time, late)) {
            updateLastEvent(eventType, mark, envelope, null);
        }
        if (late) {
            fireLate(CHANNEL_LATE_MARK, payload, time);
        } else {
            triggerChannel(CHANNEL_MARK, payload);
        }
    }

    /**
     * An analytics detection: the {@code last-event-*} channels, the plate or count when the detection has one,
     * then {@code analytic-event}; then, on the picture pool, the detection picture ({@code last-event-image}) and the
     * frame at the detection's time ({@code snapshot}), each if an item is linked.
     *
     * @param imageUrl the absolute link of the detection's picture, if it has one
     */
    void analyticEvent(String payload, @Nullable VmsEventData detection, VmsEventEnvelope envelope,
            @Nullable String imageUrl) {
        analyticEvent(payload, detection, envelope, imageUrl, false);
    }

    /**
     * As {@link #analyticEvent(String, VmsEventData, VmsEventEnvelope, String)}; a {@code late} one (caught up after a
     * gap) fires {@code late-analytic-event} instead, and sets the states only if it is not older than what they show.
     */
    void analyticEvent(String payload, @Nullable VmsEventData detection, VmsEventEnvelope envelope,
            @Nullable String imageUrl, boolean late) {
        Instant time = detection == null ? null : detection.time();
        if (newestEvent.advance(time, late)) {
            showDetection(payload, detection, envelope, imageUrl);
        }
        if (late) {
            fireLate(CHANNEL_LATE_ANALYTIC_EVENT, payload, time);
        } else {
            triggerChannel(CHANNEL_ANALYTIC_EVENT, payload);
        }
    }

    private void showDetection(String payload, @Nullable VmsEventData detection, VmsEventEnvelope envelope,
            @Nullable String imageUrl) {
        updateLastEvent(payload, detection, envelope, imageUrl);
        if (detection != null) {
            String plate = detection.licensePlate();
            if (plate != null && !plate.isBlank()) {
                updateFromMessage(CHANNEL_LAST_LICENSE_PLATE, () -> new StringType(plate.trim()));
            }
            Long count = detection.rect();
            if (count != null && payload.endsWith("_COUNTING")) {
                updateFromMessage(CHANNEL_LAST_COUNT, () -> new DecimalType(count));
            }
        }
        if (imageUrl != null) {
            lastImageUrl = imageUrl;
            requestEventImage(imageUrl);
        }
        requestSnapshot(detection == null ? null : detection.time());
    }

    private void updateLastEvent(String type, @Nullable VmsEventData data, VmsEventEnvelope envelope,
            @Nullable String imageUrl) {
        updateFromMessage(CHANNEL_LAST_EVENT_TYPE, () -> new StringType(type));
        updateFromMessage(CHANNEL_LAST_EVENT_TIME, () -> ServerTimes.state(data == null ? null : data.time()));
        updateFromMessage(CHANNEL_LAST_EVENT_TITLE, () -> {
            String title = data == null ? null : title(data);
            return title == null ? UnDefType.UNDEF : new StringType(title);
        });
        updateLastEventJson(envelope);
        if (imageUrl != null) {
            updateFromMessage(CHANNEL_LAST_EVENT_IMAGE_URL, () -> new StringType(imageUrl));
        }
    }

    /**
     * What to call the event: its title (marks), else the name of what was recognised (the face's stored file),
     * else the analytic event's description or name, else the type's readable name.
     */
    static @Nullable String title(VmsEventData data) {
        VmsAnalyticFile file = data.analyticFile();
        VmsAnalyticEventType event = data.analyticEvent();
        return firstNonBlank(data.title(), data.name(), file == null ? null : file.name(),
                event == null ? null : event.description(), event == null ? null : event.name(), data.typePretty());
    }

    /** The first value that is not blank, trimmed. */
    static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
