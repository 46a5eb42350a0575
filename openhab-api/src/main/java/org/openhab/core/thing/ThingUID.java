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
 * Stand-in for openHAB's {@code ThingUID}: "bindingId:thingTypeId[:bridgeId...]:id".
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingUID extends UID {

    private static final String NO_THING_TYPE = "";

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    /**
     * @param thingTypeUID the type of the thing
     * @param bridgeUID the bridge the thing is reached through; its ids become part of this UID
     * @param id the id of the thing
     */
    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, bridgeIdsOf(bridgeUID)));
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), id, List.of(bridgeIds)));
    }

    public ThingUID(String bindingId, String id) {
        super(bindingId, NO_THING_TYPE, id);
    }

    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(segments(bindingId, NO_THING_TYPE, id, bridgeIdsOf(bridgeUID)));
    }

    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(String... segments) {
        super(segments);
    }

    private static List<String> bridgeIdsOf(ThingUID bridgeUID) {
        List<String> ids = new ArrayList<>(bridgeUID.getBridgeIds());
        ids.add(bridgeUID.getId());
        return ids;
    }

    private static List<String> segments(String bindingId, String thingTypeId, String id, List<String> bridgeIds) {
        List<String> segments = new ArrayList<>();
        segments.add(bindingId);
        segments.add(thingTypeId);
        segments.addAll(bridgeIds);
        segments.add(id);
        return segments;
    }

    /**
     * @return the ids of the bridges between the binding and this thing (outermost first)
     */
    public List<String> getBridgeIds() {
        List<String> segments = getAllSegments();
        return segments.subList(2, segments.size() - 1);
    }

    /**
     * @return the id of the thing (the last segment)
     */
    public String getId() {
        List<String> segments = getAllSegments();
        return segments.get(segments.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
