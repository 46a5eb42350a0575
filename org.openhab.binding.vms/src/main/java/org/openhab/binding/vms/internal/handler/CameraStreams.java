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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.model.VmsStreamLink;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.core.library.types.StringType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's {@code stream-hls} and {@code stream-rtsp} channels: live stream links read with
 * {@code GET cameras/{id}/streams} (docs/protocol.md, "Live streams") when openHAB sends REFRESH (it does when an
 * item is linked), when the camera is listed again after a (re)connect, and shortly before a link expires if the
 * server says when ({@link VmsStreamLink#expiresAt()}). Nothing is read for a channel without a linked item.
 * <p>
 * All reads run on the handler's scheduler, at most one per channel at a time; {@link #stop()} (from
 * {@code dispose()}) cancels the expiry refreshes, and the handler drops what a read brings back after that.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CameraStreams {

    /** No refresh sooner than this after a read, even when the server's link expires sooner (or has expired). */
    static final Duration MIN_REFRESH_DELAY = Duration.ofSeconds(5);
    /** A link is replaced this long before it expires at most (a fifth of its life when that is shorter). */
    static final Duration MAX_REFRESH_LEAD = Duration.ofSeconds(60);

    /** What the streams need of their camera handler. */
    interface Camera {
        long cameraId();

        /** The account's REST client while the account is ONLINE and the handler not disposed, else null. */
        @Nullable
        VmsRestClient rest();

        boolean isLinked(String channelId);

        /** Sends the state unless the handler was disposed meanwhile. */
        void publish(String channelId, StringType state);
    }

    private final Logger logger = LoggerFactory.getLogger(CameraStreams.class);
    private final Camera camera;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Map<String, Future<?>> refreshJobs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> reading = new ConcurrentHashMap<>();
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private volatile String quality = STREAM_QUALITY_HIGH;
    private volatile boolean stopped;

    CameraStreams(Camera camera, ScheduledExecutorService scheduler, Clock clock) {
        this.camera = camera;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** From initialize(): the configured quality; what was read for another camera or quality is forgotten. */
    void start(String newQuality) {
        quality = newQuality;
        current.clear();
        stopped = false;
    }

    /** From dispose(): no more reads are scheduled. */
    void stop() {
        stopped = true;
        refreshJobs.values().forEach(job -> job.cancel(false));
        refreshJobs.clear();
    }

    /** The channel of a stream source. */
    static String channelOf(String source) {
        return STREAM_SOURCE_RTSP.equals(source) ? CHANNEL_STREAM_RTSP : CHANNEL_STREAM_HLS;
    }

    /** REFRESH of a stream channel: read it again now (in the background). */
    void refreshSoon(String source) {
        schedule(source, Duration.ZERO);
    }

    /** The camera was listed (again, e.g. after a reconnect): read the linked channels that have no link yet. */
    void refreshMissing() {
        for (String source : new String[] { STREAM_SOURCE_HLS, STREAM_SOURCE_RTSP }) {
            if (!current.containsKey(source) && camera.isLinked(channelOf(source))) {
                schedule(source, Duration.ZERO);
            }
        }
    }

    /**
     * Reads a link now, on the caller's thread; a refusal does not count for the Thing, so that only the account's
     * camera list decides whether a camera is gone (rule actions read through the handler's {@code callServer}).
     *
     * @return the URL, or null when the account is offline or the server refused
     */
    @Nullable
    VmsStreamLink read(String linkQuality, String source) {
        VmsRestClient rest = camera.rest();
        if (rest == null) {
            logger.debug("Camera {}: no {} stream link while the account is offline", camera.cameraId(), source);
            return null;
        }
        try {
            return rest.getStreamLink(camera.cameraId(), linkQuality, source);
        } catch (VmsApiException e) {
            logger.debug("Camera {}: could not read the {} stream link: {}", camera.cameraId(), source,
                    e.getMessage());
            return null;
        }
    }

    private void schedule(String source, Duration delay) {
        if (stopped) {
            return;
        }
        try {
            Future<?> job = scheduler.schedule(() -> refresh(source), delay.toMillis(), TimeUnit.MILLISECONDS);
            Future<?> previous = refreshJobs.put(source, job);
            if (previous != null) {
                previous.cancel(false); // one chain of reads per channel
            }
        } catch (RejectedExecutionException e) {
            logger.debug("Camera {}: the scheduler refused the {} stream refresh", camera.cameraId(), source);
        }
    }

    /** On the scheduler. */
    private void refresh(String source) {
        String channel = channelOf(source);
        if (stopped || !camera.isLinked(channel)) {
            return; // linked again later: openHAB's REFRESH brings it back
        }
        if (reading.putIfAbsent(source, Boolean.TRUE) != null) {
            return; // a read of this channel is running; it brings the newest link
        }
        try {
            VmsStreamLink link = read(quality, source);
            if (link == null || stopped) {
                return;
            }
            current.put(source, link.url());
            camera.publish(channel, new StringType(link.url()));
            Instant expiresAt = link.expiresAt();
            if (expiresAt != null) {
                Duration delay = refreshDelay(clock.instant(), expiresAt);
                logger.debug("Camera {}: the {} stream link expires at {}; next read in {} s", camera.cameraId(),
                        source, expiresAt, delay.toSeconds());
                schedule(source, delay);
            }
        } finally {
            reading.remove(source);
        }
    }

    /** When to read a link again that expires at {@code expiresAt}: a little before, never too soon. */
    static Duration refreshDelay(Instant now, Instant expiresAt) {
        Duration life = Duration.between(now, expiresAt);
        Duration lead = life.dividedBy(5);
        if (lead.compareTo(MAX_REFRESH_LEAD) > 0) {
            lead = MAX_REFRESH_LEAD;
        }
        Duration delay = life.minus(lead);
        return delay.compareTo(MIN_REFRESH_DELAY) < 0 ? MIN_REFRESH_DELAY : delay;
    }
}
