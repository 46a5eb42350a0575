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
package org.openhab.core.common.registry;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code Identifiable}: an element with a unique key (the supertype of {@code Thing}).
 *
 * @param <K> type of the key
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Identifiable<@NonNull K> {

    /**
     * @return the unique identifier of this element
     */
    K getUID();
}
