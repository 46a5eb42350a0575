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
package org.openhab.binding.vms.internal.action;

import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.handler.VmsCameraHandler;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.library.types.RawType;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule actions of a camera Thing, in scope {@code vms}: {@code getActions("vms", "vms:camera:...")} in DSL
 * rules, {@code actions.thingActions("vms", "vms:camera:...")} in JavaScript. A {@code PROTOTYPE} DS component, as
 * openHAB expects of a handler service: the camera handler names this class in {@code getServices()}, and openHAB's
 * handler factory takes a new instance per camera Thing and registers it as a {@code ThingActions} service.
 * <p>
 * Each action calls the server on the rule's thread, bounded by the REST client's time limit, and never throws:
 * a failure (account offline, Thing disposed, input refused, server error) gives {@code false} (or {@code null})
 * and a log line (docs/protocol.md, "Archive clips, marks and visitor codes", "Live streams", "PTZ").
 *
 * @author VMS binding contributors - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = VmsCameraActions.class)
@ThingActionsScope(name = "vms")
@NonNullByDefault
public class VmsCameraActions extends ChildActions<VmsCameraHandler> {

    private final Logger logger = LoggerFactory.getLogger(VmsCameraActions.class);

    public VmsCameraActions() {
        super(VmsCameraHandler.class, "camera");
    }

    @RuleAction(label = "@text/actionSetFavoriteLabel", description = "@text/actionSetFavoriteDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean setFavorite(
            @ActionInput(name = "favorite", type = "java.lang.Boolean", label = "@text/actionInputFavoriteLabel", //
                    description = "@text/actionInputFavoriteDescription", required = true) @Nullable Boolean favorite) {
        VmsCameraHandler camera = handler("setFavorite", favorite != null, "true or false");
        return camera != null && favorite != null && camera.changeFavorite(favorite);
    }

    @RuleAction(label = "@text/actionRequestArchiveClipLabel", //
            description = "@text/actionRequestArchiveClipDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean requestArchiveClip(
            @ActionInput(name = "from", type = "java.time.ZonedDateTime", label = "@text/actionInputFromLabel", //
                    description = "@text/actionInputFromDescription", required = true) @Nullable ZonedDateTime from,
            @ActionInput(name = "to", type = "java.time.ZonedDateTime", label = "@text/actionInputToLabel", //
                    description = "@text/actionInputToDescription", required = true) @Nullable ZonedDateTime to) {
        VmsCameraHandler camera = handler("requestArchiveClip", from != null && to != null,
                "a start and an end time");
        if (camera == null || from == null || to == null) {
            return false;
        }
        // the range rules (end after start, at most ten minutes) are the REST client's, checked before any request
        Boolean accepted = camera.callServer("request an archive clip", rest -> {
            rest.requestArchiveClip(camera.getCameraId(), from.toInstant(), to.toInstant());
            return true;
        });
        if (accepted != null) {
            logger.debug("{}: archive clip requested; the link follows on the account's archive-url",
                    camera.getThing().getUID());
        }
        return accepted != null;
    }

    @RuleAction(label = "@text/actionCreateMarkLabel", description = "@text/actionCreateMarkDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean createMark(
            @ActionInput(name = "title", type = "java.lang.String", label = "@text/actionInputMarkTitleLabel", //
                    description = "@text/actionInputMarkTitleDescription", required = true) @Nullable String title,
            @ActionInput(name = "from", type = "java.time.ZonedDateTime", label = "@text/actionInputFromLabel", //
                    description = "@text/actionInputFromDescription", required = true) @Nullable ZonedDateTime from,
            @ActionInput(name = "to", type = "java.time.ZonedDateTime", label = "@text/actionInputToLabel", //
                    description = "@text/actionInputToDescription", required = true) @Nullable ZonedDateTime to) {
        VmsCameraHandler camera = handler("createMark", title != null && !title.isBlank() && from != null && to != null,
                "a title, a start and an end time");
        if (camera == null || title == null || from == null || to == null) {
            return false;
        }
        return camera.callServer("create a mark", rest -> rest.createMark(camera.getCameraId(), title.trim(),
                from.toInstant(), to.toInstant())) != null;
    }

    /**
     * @return the live stream's URL (it may carry a short-lived token: ask again rather than keeping it), or null
     */
    @RuleAction(label = "@text/actionGetStreamUrlLabel", description = "@text/actionGetStreamUrlDescription")
    @ActionOutput(type = "java.lang.String", label = "@text/actionOutputStreamUrlLabel", //
            description = "@text/actionOutputStreamUrlDescription")
    public @Nullable String getStreamUrl(
            @ActionInput(name = "quality", type = "java.lang.String", label = "@text/actionInputQualityLabel", //
                    description = "@text/actionInputQualityDescription") @Nullable String quality,
            @ActionInput(name = "source", type = "java.lang.String", label = "@text/actionInputSourceLabel", //
                    description = "@text/actionInputSourceDescription") @Nullable String source) {
        VmsCameraHandler camera = handler("getStreamUrl");
        // an unknown quality or source is refused by the handler with a log line, before any request
        return camera == null ? null : camera.streamUrl(quality, source);
    }

    /**
     * @return the camera's latest frame as a JPEG (the preview decoded, as on the {@code snapshot} channel), or null
     *         when it could not be read or decoded (the reason is logged at debug)
     */
    @RuleAction(label = "@text/actionGetSnapshotLabel", description = "@text/actionGetSnapshotDescription")
    @ActionOutput(type = "org.openhab.core.library.types.RawType", label = "@text/actionOutputSnapshotLabel", //
            description = "@text/actionOutputSnapshotDescription")
    public @Nullable RawType getSnapshot() {
        VmsCameraHandler camera = handler("getSnapshot");
        byte[] jpeg = camera == null ? null : camera.getSnapshot();
        return jpeg == null ? null : new RawType(jpeg, "image/jpeg");
    }

    @RuleAction(label = "@text/actionPtzLabel", description = "@text/actionPtzDescription")
    @ActionOutput(type = "java.lang.Boolean", label = "@text/actionOutputSuccessLabel", //
            description = "@text/actionOutputSuccessDescription")
    public boolean ptz(
            @ActionInput(name = "direction", type = "java.lang.String", label = "@text/actionInputDirectionLabel", //
                    description = "@text/actionInputDirectionDescription", //
                    required = true) @Nullable String direction) {
        VmsCameraHandler camera = handler("ptz", direction != null && !direction.isBlank(),
                "a direction: UP, DOWN, LEFT, RIGHT, ZOOM_IN, ZOOM_OUT or HOME");
        // an unknown direction, or a camera the server does not report as PTZ, is refused by the handler
        return camera != null && direction != null && camera.ptz(direction);
    }

    // ---------------------------------------------------------------- for DSL rules

    public static boolean setFavorite(@Nullable ThingActions actions, @Nullable Boolean favorite) {
        VmsCameraActions camera = of(actions);
        return camera != null && camera.setFavorite(favorite);
    }

    public static boolean requestArchiveClip(@Nullable ThingActions actions, @Nullable ZonedDateTime from,
            @Nullable ZonedDateTime to) {
        VmsCameraActions camera = of(actions);
        return camera != null && camera.requestArchiveClip(from, to);
    }

    public static boolean createMark(@Nullable ThingActions actions, @Nullable String title,
            @Nullable ZonedDateTime from, @Nullable ZonedDateTime to) {
        VmsCameraActions camera = of(actions);
        return camera != null && camera.createMark(title, from, to);
    }

    public static @Nullable String getStreamUrl(@Nullable ThingActions actions, @Nullable String quality,
            @Nullable String source) {
        VmsCameraActions camera = of(actions);
        return camera == null ? null : camera.getStreamUrl(quality, source);
    }

    public static @Nullable RawType getSnapshot(@Nullable ThingActions actions) {
        VmsCameraActions camera = of(actions);
        return camera == null ? null : camera.getSnapshot();
    }

    public static boolean ptz(@Nullable ThingActions actions, @Nullable String direction) {
        VmsCameraActions camera = of(actions);
        return camera != null && camera.ptz(direction);
    }

    private static @Nullable VmsCameraActions of(@Nullable ThingActions actions) {
        return of(actions, VmsCameraActions.class, "camera");
    }
}
