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
package org.openhab.core.automation;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code Visibility}: whether user interfaces show a rule, module type or template.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Visibility {
    VISIBLE,
    HIDDEN,
    EXPERT
}
