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
package org.openhab.core.library.types;

import java.util.Arrays;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in for openHAB's {@code RawType}: bytes with a MIME type (pictures of Image items). As in openHAB, an empty
 * MIME type is refused, {@link #toString()} names the type and size only, {@link #toFullString()} is a base64
 * {@code data:} URI that {@link #valueOf(String)} reads back, and equality compares MIME type and bytes.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class RawType implements PrimitiveType, State {

    public static final String DEFAULT_MIME_TYPE = "application/octet-stream";

    protected byte[] bytes;
    protected String mimeType;

    public RawType(byte[] bytes, String mimeType) {
        if (mimeType.isEmpty()) {
            throw new IllegalArgumentException("the MIME type must not be empty");
        }
        this.bytes = bytes;
        this.mimeType = mimeType;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public String getMimeType() {
        return mimeType;
    }

    /** A {@code data:<mime>;base64,<bytes>} URI, as {@link #toFullString()} writes it. */
    public static RawType valueOf(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the value must not be empty");
        }
        int comma = value.indexOf(',');
        if (!value.startsWith("data:") || comma < 0) {
            throw new IllegalArgumentException("not a data URI: " + value);
        }
        int semicolon = value.indexOf(';');
        if (semicolon <= "data:".length()) {
            throw new IllegalArgumentException("no MIME type in " + value);
        }
        return new RawType(Base64.getDecoder().decode(value.substring(comma + 1)),
                value.substring("data:".length(), semicolon));
    }

    @Override
    public String toString() {
        return "raw type (" + mimeType + "): " + bytes.length + " bytes";
    }

    @Override
    public String toFullString() {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String format(String pattern) {
        return toFullString();
    }

    @Override
    public int hashCode() {
        return 31 + Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        RawType other = (RawType) obj;
        return mimeType.equals(other.mimeType) && Arrays.equals(bytes, other.bytes);
    }
}
