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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code ChannelGroupUID}: a thing UID plus the id of a channel group.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelGroupUID extends UID {

    public ChannelGroupUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    public ChannelGroupUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    private static List<String> append(ThingUID thingUID, String id) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(id);
        return segments;
    }

    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    public ThingUID getThingUID() {
        List<String> segments = getAllSegments();
        return new ThingUID(segments.subList(0, segments.size() - 1).toArray(new String[0]));
    }
}
