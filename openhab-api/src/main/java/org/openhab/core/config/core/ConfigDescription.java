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
package org.openhab.core.config.core;

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.Identifiable;

/**
 * Stand-in for openHAB's {@code ConfigDescription}: the description of a configuration (its parameters), identified
 * by a URI such as {@code thing-type:vms:account}. Here only because {@code ThingHandlerCallback.getConfigDescription}
 * returns one; the parameters and groups are left out (their types are not part of the stand-in). openHAB builds
 * descriptions with its {@code ConfigDescriptionBuilder} only, so the constructor is not public here either.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigDescription implements Identifiable<URI> {

    private final URI uri;

    ConfigDescription(URI uri) {
        if (!uri.isAbsolute() || !uri.isOpaque()) {
            throw new IllegalArgumentException("A config description URI is '<scheme>:<token>[:<token>]': " + uri);
        }
        this.uri = uri;
    }

    @Override
    public URI getUID() {
        return uri;
    }
}
