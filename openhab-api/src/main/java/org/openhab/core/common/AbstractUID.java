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
package org.openhab.core.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code AbstractUID}: an identifier made of segments joined by {@link #SEPARATOR}, each
 * segment restricted to letters, digits, underscore and hyphen.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractUID {

    public static final String SEPARATOR = ":";

    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");

    private final List<String> segments;

    /**
     * For deserialisation only: an identifier without segments.
     */
    protected AbstractUID() {
        this.segments = List.of();
    }

    /**
     * @param uid the identifier as a string, segments separated by {@link #SEPARATOR}
     */
    protected AbstractUID(String uid) {
        this(splitToSegments(uid));
    }

    /**
     * @param segments the segments of the identifier
     */
    protected AbstractUID(String... segments) {
        this(Arrays.asList(segments));
    }

    /**
     * @param segments the segments of the identifier
     * @throws IllegalArgumentException if there are too few segments or a segment contains invalid characters
     */
    protected AbstractUID(List<String> segments) {
        int minimal = getMinimalNumberOfSegments();
        if (segments.size() < minimal) {
            throw new IllegalArgumentException("UID must have at least " + minimal + " segments: " + segments);
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            validateSegment(segment, i, segments.size());
        }
        this.segments = Collections.unmodifiableList(List.copyOf(segments));
    }

    private static List<String> splitToSegments(String uid) {
        return Arrays.asList(uid.split(SEPARATOR, -1));
    }

    /**
     * @return how many segments an identifier of this kind has at least
     */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /**
     * @param segment a candidate segment
     * @return whether the candidate may be used as one segment of an identifier
     */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
    }

    /**
     * @param segment the segment to check
     * @param index its position
     * @param length the number of segments of the identifier
     * @throws IllegalArgumentException if the segment contains characters that are not allowed
     */
    protected void validateSegment(String segment, int index, int length) {
        if (!SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException("ID segment '" + segment
                    + "' contains invalid characters. Each segment of the ID must match the pattern "
                    + SEGMENT_PATTERN.pattern() + ".");
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    public String getAsString() {
        return String.join(SEPARATOR, segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return segments.equals(((AbstractUID) obj).segments);
    }
}
