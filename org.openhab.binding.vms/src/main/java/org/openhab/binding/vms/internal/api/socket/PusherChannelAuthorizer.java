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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.vms.internal.api.VmsApiException;
import org.openhab.binding.vms.internal.api.VmsServerText;

import com.google.gson.JsonObject;
import com.pusher.client.AuthorizationFailureException;
import com.pusher.client.ChannelAuthorizer;

/**
 * Adapts our {@link VmsChannelAuthorizer} to pusher-java-client. Differences bridged here: the library passes
 * (channel, socket id) in the other order, expects the auth endpoint's JSON body rather than the bare {@code auth}
 * value, and only handles {@link AuthorizationFailureException}; anything else thrown here would escape into the
 * library's event thread.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class PusherChannelAuthorizer implements ChannelAuthorizer {

    /** A failed authorisation, naming the channel (the library's failure callback does not). */
    static class ChannelAuthorizationFailure extends AuthorizationFailureException {

        private static final long serialVersionUID = 1L;

        private final String channel;

        ChannelAuthorizationFailure(String channel, String message, @Nullable Exception cause) {
            super(message, cause);
            this.channel = channel;
        }

        String channel() {
            return channel;
        }
    }

    private final VmsChannelAuthorizer delegate;

    PusherChannelAuthorizer(VmsChannelAuthorizer delegate) {
        this.delegate = delegate;
    }

    @Override
    public String authorize(@Nullable String channelName, @Nullable String socketId)
            throws AuthorizationFailureException {
        String channel = channelName == null ? "" : channelName;
        String where = " for " + VmsChannelNames.forLog(channel);
        if (socketId == null || socketId.isEmpty()) {
            throw new ChannelAuthorizationFailure(channel, "Channel authorisation" + where + " without a socket id",
                    null);
        }
        String auth;
        try {
            auth = delegate.authorize(socketId, channel);
        } catch (VmsApiException e) {
            // VmsApiException messages are meant to be loggable (no tokens); the signature never got here
            throw new ChannelAuthorizationFailure(channel,
                    "Channel authorisation" + where + " failed: " + VmsServerText.clean(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new ChannelAuthorizationFailure(channel,
                    "Channel authorisation" + where + " failed: " + e.getClass().getSimpleName(), e);
        }
        if (auth == null || auth.isBlank()) {
            throw new ChannelAuthorizationFailure(channel, "Channel authorisation" + where + " returned no auth value",
                    null);
        }
        JsonObject body = new JsonObject();
        body.addProperty("auth", auth);
        return body.toString();
    }
}
