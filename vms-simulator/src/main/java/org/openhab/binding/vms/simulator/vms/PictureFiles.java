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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.simulator.http.HttpReply;
import org.openhab.binding.vms.simulator.http.RecordedRequest;

/**
 * The files the simulated VMS links to, outside the API: camera previews ({@code /storage/previews/{camera}.mp4},
 * the link of {@code GET cameras/{id}/preview}: a one-frame H.264 MP4 like the real server's) and detection
 * pictures ({@code /storage/analytics/...}: the {@code crop} and {@code analytic_file.url} of analytic events).
 * Anyone may read them, as the real server's storage links carry no bearer token. The default preview is a
 * 1920x1080 main-profile frame of quadrants (red, green, blue, a test pattern); a test may give a camera other bytes.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PictureFiles {

    static final String PREVIEWS = "/storage/previews/";
    static final String ANALYTICS = "/storage/analytics/";
    static final String CROPS = ANALYTICS + "crops/";

    private static final byte[] DEFAULT_PREVIEW = resource("/pictures/preview-1920x1080.mp4");
    private static final byte[] DETECTION_PICTURE = resource("/pictures/detection-crop.jpg");

    private final Map<Integer, byte[]> previews = new ConcurrentHashMap<>();

    /** Whether the path is one of these files' (the rest is the API's). */
    static boolean isFile(String path) {
        return path.startsWith("/storage/");
    }

    void setPreview(int cameraId, byte[] mp4) {
        previews.put(cameraId, mp4.clone());
    }

    HttpReply serve(RecordedRequest request, VmsState state) {
        if (!"GET".equals(request.method())) {
            return VmsReplies.methodNotAllowed(request.method());
        }
        String path = request.path();
        if (path.startsWith(PREVIEWS) && path.endsWith(".mp4")) {
            Integer id = number(path.substring(PREVIEWS.length(), path.length() - ".mp4".length()));
            if (id == null || state.attachedCamera(id) == null) {
                return VmsReplies.notFound();
            }
            return HttpReply.bytes(200, "video/mp4", previews.getOrDefault(id, DEFAULT_PREVIEW));
        }
        if (path.startsWith(ANALYTICS) && path.endsWith(".jpg")) {
            return HttpReply.bytes(200, "image/jpeg", DETECTION_PICTURE);
        }
        return VmsReplies.notFound();
    }

    /** The default preview's bytes (what the binding's snapshot decodes), for tests. */
    static byte[] defaultPreview() {
        return DEFAULT_PREVIEW.clone();
    }

    /** The detection picture's bytes, for tests. */
    static byte[] detectionPicture() {
        return DETECTION_PICTURE.clone();
    }

    private static @Nullable Integer number(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PictureFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
