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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.event.VmsEventEnvelope;

/**
 * The account bridge as the {@link EventRouter} sees it: its own channels, discovery and REST re-reads.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
interface RouterAccount {

    /** Sets {@code account-event-data} to the message's JSON (door codes removed), then fires {@code account-event}. */
    void accountEvent(String payload, VmsEventEnvelope envelope);

    /** Sets {@code archive-url}. */
    void archiveGenerated(String url);

    /** The server ended the session; the next status change says so. */
    void logoutAnnounced(@Nullable String subject);

    /** Cameras were attached: read the camera list again (for discovery and the states of their Things). */
    void camerasAttached(List<Long> cameraIds);

    /** Cameras were detached: remove them from discovery. */
    void camerasDetached(List<Long> cameraIds);

    /** The cameras changed in a way the message does not say: read the camera list again. */
    void cameraListChanged();

    /** The intercoms changed in a way the message does not say: read the intercom list again. */
    void intercomListChanged();

    /** A new intercom without a Thing: put it into the Inbox. */
    void intercomAdded(VmsKnownIntercom intercom);

    /** Intercoms were deleted: remove them from discovery. */
    void intercomsDeleted(List<Long> intercomIds);

    /** An absolute link: a path the server sent relative to its base URL gets the base URL in front. */
    String absoluteUrl(String url);
}
