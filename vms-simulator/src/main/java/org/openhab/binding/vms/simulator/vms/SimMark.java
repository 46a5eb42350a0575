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
 * A mark a client put on a camera's archive ({@code POST cameras/{id}/marks}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimMark(int id, int cameraId, String title, Instant from, Instant to) {
}
