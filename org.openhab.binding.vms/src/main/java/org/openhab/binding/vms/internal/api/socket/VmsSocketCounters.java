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
package org.openhab.binding.vms.internal.api.socket;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A snapshot of what a {@link VmsSocketClient} received and dropped since it was created. Bad input is counted, not
 * thrown: these numbers are how it becomes visible.
 *
 * @param delivered decoded events handed to the listener
 * @param unknownTypes messages the decoder dropped because it did not know their {@code type} (dropped)
 * @param unknownEventNames frames with a Pusher event name that carries no VMS message (dropped by the decoder)
 * @param malformedFrames frames that were not JSON objects with a string {@code event} (dropped)
 * @param undecodable messages the decoder dropped as malformed, threw on or returned nothing for (dropped)
 * @param listenerFailures exceptions thrown by the listener (caught)
 * @param internalFailures exceptions thrown inside pusher-java-client while handling a frame (caught)
 * @param foreignChannels VMS events without a channel or on a channel we do not subscribe (dropped)
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsSocketCounters(long delivered, long unknownTypes, long unknownEventNames, long malformedFrames,
        long undecodable, long listenerFailures, long internalFailures, long foreignChannels) {
}
