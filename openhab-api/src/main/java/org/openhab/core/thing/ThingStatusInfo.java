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
package org.openhab.core.thing;

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code ThingStatusInfo}: status, detail and an optional description.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingStatusInfo {

    private final ThingStatus status;
    private final ThingStatusDetail statusDetail;
    private final @Nullable String description;

    /**
     * For deserialisation only.
     */
    protected ThingStatusInfo() {
        this(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null);
    }

    public ThingStatusInfo(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        this.status = status;
        this.statusDetail = statusDetail;
        this.description = description;
    }

    public ThingStatus getStatus() {
        return status;
    }

    public ThingStatusDetail getStatusDetail() {
        return statusDetail;
    }

    public @Nullable String getDescription() {
        return description;
    }

    @Override
    public String toString() {
        String description = this.description;
        return status + (statusDetail == ThingStatusDetail.NONE ? "" : " (" + statusDetail + ")")
                + (description == null || description.isBlank() ? "" : ": " + description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, statusDetail, description);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        ThingStatusInfo other = (ThingStatusInfo) obj;
        return status == other.status && statusDetail == other.statusDetail
                && Objects.equals(description, other.description);
    }
}
