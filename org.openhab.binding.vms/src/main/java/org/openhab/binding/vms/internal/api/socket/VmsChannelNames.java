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

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;

/**
 * The two private channels of a VMS login (docs/protocol.md, "Private channels") and how they appear in logs.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsChannelNames {

    public static final String TOKEN_PREFIX = "private-token.";
    public static final String USER_PREFIX = "private-user.";

    // the characters Pusher allows in channel names
    private static final Pattern CHANNEL_SUFFIX = Pattern.compile("[A-Za-z0-9_\\-=@,.;]+");

    private VmsChannelNames() {
    }

    /**
     * The channels to subscribe, token channel first. Like the Android SDK, a missing access-token id or a user id
     * below 1 skips that channel (the other one still works).
     *
     * @param accessTokenId {@code user.access_token_id} from login
     * @param userId {@code user.id} from login
     * @throws VmsApiException if the token id has characters no channel name may have, or neither channel is left
     */
    public static List<String> of(@Nullable String accessTokenId, long userId) throws VmsApiException {
        List<String> channels = new ArrayList<>(2);
        if (accessTokenId != null && !accessTokenId.isEmpty()) {
            if (!CHANNEL_SUFFIX.matcher(accessTokenId).matches()) {
                throw new VmsApiException("The access token id contains characters not allowed in a channel name");
            }
            channels.add(TOKEN_PREFIX + accessTokenId);
        }
        if (userId > 0) {
            channels.add(USER_PREFIX + userId);
        }
        if (channels.isEmpty()) {
            throw new VmsApiException("Neither an access token id nor a user id is known: no channel to subscribe");
        }
        return List.copyOf(channels);
    }

    /**
     * The channel name as it may appear in logs and status texts: the token channel's suffix identifies the login
     * session, so it is elided.
     */
    public static String forLog(@Nullable String channel) {
        if (channel == null) {
            return "(none)";
        }
        return channel.startsWith(TOKEN_PREFIX) ? TOKEN_PREFIX + "…" : channel;
    }
}
