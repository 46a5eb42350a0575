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
package org.openhab.binding.vms.internal.api.rest.dto;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The logged-in user ({@code user} of the login answer, or {@code GET users/self}), reduced to what the binding uses.
 *
 * @param id {@code user.id}; the user channel is {@code private-user.{id}}
 * @param accessTokenId {@code user.access_token_id}; the token channel is {@code private-token.{accessTokenId}}.
 *            Optional in both SDKs' models, so it may be missing: then only the user channel can be subscribed.
 * @param permissions the machine names of the user's permissions (e.g. {@code intercom-index})
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public record VmsUser(long id, @Nullable String accessTokenId, @Nullable String login, @Nullable String name,
        @Nullable String email, List<String> permissions) {

    public VmsUser {
        permissions = List.copyOf(permissions);
    }

    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }
}
