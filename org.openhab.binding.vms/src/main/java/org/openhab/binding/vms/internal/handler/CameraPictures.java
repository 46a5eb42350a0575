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

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.picture.VmsPictureException;
import org.openhab.binding.vms.internal.api.picture.VmsPreviewDecoder;
import org.openhab.binding.vms.internal.api.rest.VmsRestClient;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.library.types.RawType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera's pictures: its snapshot (the server's preview, a one-frame H.264 MP4, decoded and written as a JPEG)
 * and the picture of its last detection. Downloads are bounded (size limit here, the REST client's time limit) and
 * at most one of each kind runs at a time; callers run them on the {@link #POOL} (or a rule's thread for the
 * action). Every failure is logged at debug and gives null, never an exception: a picture is a best effort.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class CameraPictures {

    /** A one-frame preview of a 4K camera is well below this; more is no preview. */
    static final int MAX_PREVIEW_BYTES = 4 * 1024 * 1024;
    /** A detection picture (a crop or a stored photo). */
    static final int MAX_IMAGE_BYTES = 4 * 1024 * 1024;
    /** How long a rule's {@code getSnapshot()} waits for a snapshot already being taken. */
    static final long SNAPSHOT_WAIT_SECONDS = 30;
    /**
     * Decodings at a time, for all cameras together: decoding one 1080p frame allocates about 16 MB (4K
     * about 64 MB), so a detection on many cameras at once must not decode them all in parallel.
     */
    static final int PARALLEL_DECODES = 2;
    private static final Semaphore DECODING = new Semaphore(PARALLEL_DECODES, true);
    /**
     * The openHAB thread pool picture jobs run on (sized like any other in openHAB's services configuration, default
     * 5 threads). Not the handlers' shared scheduler: a job waits for one of the {@link #PARALLEL_DECODES} slots
     * and decodes for tens of milliseconds, so a detection on many cameras at once would hold the few threads every
     * binding's scheduled jobs share for seconds.
     */
    static final String POOL = "vms-pictures";

    private final Logger logger = LoggerFactory.getLogger(CameraPictures.class);
    private final Semaphore snapshotSlot = new Semaphore(1);
    private final AtomicBoolean imageBusy = new AtomicBoolean();

    /** Where picture jobs run: openHAB's pool {@link #POOL}. */
    static ExecutorService executor() {
        return ThreadPoolManager.getPool(POOL);
    }

    /** Takes the snapshot slot if free: false when one is being taken (the caller skips this one). */
    boolean tryStartSnapshot() {
        return snapshotSlot.tryAcquire();
    }

    /** Waits (bounded) for the snapshot slot: false when it stayed taken or the thread was interrupted. */
    boolean awaitSnapshotSlot() {
        try {
            return snapshotSlot.tryAcquire(SNAPSHOT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void endSnapshot() {
        snapshotSlot.release();
    }

    boolean tryStartImage() {
        return imageBusy.compareAndSet(false, true);
    }

    void endImage() {
        imageBusy.set(false);
    }

    /**
     * The camera's frame (the latest, or the one at {@code at}) as a JPEG; blocking: reads the preview link,
     * downloads the MP4 and decodes it. Holds no slot itself.
     *
     * @return the JPEG, or null (logged at debug) when any step failed
     */
    byte @Nullable [] snapshot(VmsRestClient rest, long cameraId, @Nullable Instant at) {
        long start = System.nanoTime();
        byte[] mp4;
        try {
            String url = rest.getPreviewUrl(cameraId, at);
            mp4 = rest.download(url, MAX_PREVIEW_BYTES, "the preview of camera " + cameraId);
        } catch (VmsApiException e) {
            logger.debug("Camera {}: no snapshot, the preview could not be read: {}", cameraId, e.getMessage());
            return null;
        }
        try {
            DECODING.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            logger.debug("Camera {}: no snapshot, interrupted while waiting to decode", cameraId);
            return null;
        }
        try {
            byte[] jpeg = VmsPreviewDecoder.toJpeg(mp4);
            logger.debug("Camera {}: snapshot{} taken, MP4 of {} bytes to a JPEG of {} bytes in {} ms", cameraId,
                    at == null ? "" : " at " + at, mp4.length, jpeg.length,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            return jpeg;
        } catch (VmsPictureException e) {
            logger.debug("Camera {}: no snapshot, {}", cameraId, e.getMessage());
            return null;
        } finally {
            DECODING.release();
        }
    }

    /**
     * A detection picture; blocking. Its type comes from its first bytes (JPEG, PNG, GIF, WebP), not from what the
     * server declares.
     *
     * @return the picture, or null (logged at debug) when it could not be downloaded or is no picture
     */
    @Nullable
    RawType image(VmsRestClient rest, long cameraId, String url) {
        byte[] bytes;
        try {
            bytes = rest.download(url, MAX_IMAGE_BYTES, "the detection picture of camera " + cameraId);
        } catch (VmsApiException e) {
            logger.debug("Camera {}: the detection picture could not be downloaded: {}", cameraId, e.getMessage());
            return null;
        }
        String mimeType = pictureType(bytes);
        if (mimeType == null) {
            logger.debug("Camera {}: the detection picture ({} bytes) is no JPEG, PNG, GIF or WebP picture", cameraId,
                    bytes.length);
            return null;
        }
        return new RawType(bytes, mimeType);
    }

    /** The MIME type of a JPEG, PNG, GIF or WebP file by its signature; null for anything else. */
    static @Nullable String pictureType(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
