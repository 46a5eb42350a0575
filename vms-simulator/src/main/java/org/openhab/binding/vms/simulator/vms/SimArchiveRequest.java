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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An archive clip the simulated server accepted to make ({@code GET cameras/{id}/archive/link}), and the link it
 * then announced with {@code archive_generated}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimArchiveRequest(int cameraId, Instant from, Instant to, String url) {
}
