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
package org.openhab.binding.vms.internal.osgi;

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Says why a bundle's components are not active, in the words of SCR (like Karaf's {@code scr:info}).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ComponentDiagnostics {

    private ComponentDiagnostics() {
    }

    static String describe(ServiceComponentRuntime scr, Bundle bundle) {
        StringBuilder text = new StringBuilder("\nSCR components of ").append(bundle.getSymbolicName()).append(':');
        if (scr.getComponentDescriptionDTOs(bundle).isEmpty()) {
            text.append(" none (no Service-Component header, or SCR did not process the bundle)");
        }
        for (ComponentDescriptionDTO component : scr.getComponentDescriptionDTOs(bundle)) {
            text.append("\n  ").append(component.name).append(" enabled=").append(scr.isComponentEnabled(component))
                    .append(" provides=").append(Arrays.toString(component.serviceInterfaces));
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(component)) {
                text.append("\n    state=").append(stateName(configuration.state));
                for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                    text.append("\n    unsatisfied reference ").append(reference.name).append(" target=")
                            .append(reference.target);
                }
                if (configuration.failure != null) {
                    text.append("\n    failure: ").append(configuration.failure);
                }
            }
        }
        return text.toString();
    }

    private static String stateName(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> Integer.toString(state);
        };
    }
}
