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
package org.openhab.core.thing.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in for openHAB's {@code ThingActions}: a handler service whose {@code RuleAction} methods rules can call.
 * openHAB finds such a service among the OSGi services of type {@code ThingActions} that the handler factory
 * registers for a handler ({@link ThingHandler#getServices()}), and groups its actions by the
 * {@link ThingActionsScope} of the class.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingActions extends ThingHandlerService {
}
