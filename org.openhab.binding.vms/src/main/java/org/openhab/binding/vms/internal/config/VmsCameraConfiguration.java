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
package org.openhab.binding.vms.internal.config;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Configuration of a {@code camera} Thing (OH-INF/thing/camera.xml).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsCameraConfiguration {

    /** Id of the camera on the VMS server; 0 when missing (invalid). */
    public long cameraId = 0;

    public boolean isValid() {
        return cameraId > 0;
    }
}
