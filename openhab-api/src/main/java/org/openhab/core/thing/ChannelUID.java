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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in for openHAB's {@code ChannelUID}: a thing UID plus a channel id, which may be "groupId#channelId".
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelUID extends UID {

    public static final Pattern CHANNEL_SEGMENT_PATTERN = Pattern.compile("[\\w-]*|[\\w-]*#[\\w-]*");
    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    public ChannelUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        super(append(channelGroupUID.getThingUID(), channelGroupUID.getId() + CHANNEL_GROUP_SEPARATOR + id));
    }

    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(append(thingUID, groupId + CHANNEL_GROUP_SEPARATOR + id));
    }

    private static List<String> append(ThingUID thingUID, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(id);
        return segments;
    }

    /**
     * @return the channel id, with its group ("groupId#channelId") if it has one
     */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    /**
     * @return the channel id without its group
     */
    public String getIdWithoutGroup() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? id : id.substring(separator + 1);
    }

    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    /**
     * @return the group id, or {@code null} if the channel is not in a group
     */
    public @Nullable String getGroupId() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? null : id.substring(0, separator);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!CHANNEL_SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException("UID segment '" + segment
                    + "' contains invalid characters. The last segment of the channel UID must match the pattern '"
                    + CHANNEL_SEGMENT_PATTERN + "'.");
        }
    }

    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(segments.subList(0, segments.size() - 1).toArray(new String[0]));
    }
}
