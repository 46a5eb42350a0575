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
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.UID;

/**
 * Stand-in for openHAB's {@code ChannelGroupTypeUID}: "bindingId:channelGroupTypeId". The binding's Things have no
 * channel groups; here because {@code ThingHandlerCallback.createChannelBuilders} takes one.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelGroupTypeUID extends UID {

    public ChannelGroupTypeUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    public ChannelGroupTypeUID(String bindingId, String id) {
        super(bindingId, id);
    }

    public String getId() {
        return getSegment(1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }
}
