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
package org.openhab.binding.vms.cli;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The command line could not be understood; the main job prints the message and the usage and exits with 2.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public class CliUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliUsageException(String message) {
        super(message);
    }
}
