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
package org.openhab.binding.vms.internal.api.rest;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The history lists the server keeps (docs/protocol.md, "Histories").
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public enum VmsHistoryList {

    /** Intercom calls, one item per call with its current status. */
    CALLS("intercom/calls", "call history"),
    /** Analytic detections of every camera. */
    ANALYTIC_EVENTS("analytic-case/events", "analytic event history"),
    /** Detections from intercom cameras. */
    INTERCOM_EVENTS("intercom/events", "intercom event history"),
    /** The user's marks that still exist. */
    MARKS("marks", "mark history");

    final String path;
    final String description;

    VmsHistoryList(String path, String description) {
        this.path = path;
        this.description = description;
    }
}
