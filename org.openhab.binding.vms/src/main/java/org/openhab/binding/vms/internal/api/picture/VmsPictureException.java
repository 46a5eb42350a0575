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
package org.openhab.binding.vms.internal.api.picture;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A picture the server sent could not be used: a preview that is no decodable one-frame H.264 MP4, a download over
 * the size limit, an image that is no image. The message says what was wrong, for a log line at debug; it names no
 * URL (links can carry tokens).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class VmsPictureException extends Exception {

    private static final long serialVersionUID = 1L;

    public VmsPictureException(String message) {
        super(message);
    }
}
