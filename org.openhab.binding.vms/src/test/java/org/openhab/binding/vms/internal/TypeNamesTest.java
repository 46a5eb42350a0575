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
package org.openhab.binding.vms.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The bundle's naming rule for its top-level types: a public type is named {@code Vms...} (or {@code Pusher...} for
 * an adapter of the Pusher library), a package-private helper plainly, without the prefix.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class TypeNamesTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openhab.binding.vms.internal");

    static List<String> misnamed(JavaClasses classes) {
        return classes.stream().filter(JavaClass::isTopLevelClass).filter(c -> !misnamedReason(c).isEmpty())
                .map(c -> c.getName() + ": " + misnamedReason(c)).sorted().toList();
    }

    private static String misnamedReason(JavaClass type) {
        String name = type.getSimpleName();
        boolean prefixed = name.startsWith("Vms") || name.startsWith("Pusher");
        if (type.getModifiers().contains(JavaModifier.PUBLIC)) {
            return prefixed ? "" : "public, so named Vms... (or Pusher... for a Pusher library adapter)";
        }
        return name.startsWith("Vms") ? "package-private, so named without the Vms prefix" : "";
    }

    @Test
    void theImportSeesTheBinding() {
        assertTrue(MAIN_CLASSES.contain(VmsHandlerFactory.class));
        assertFalse(MAIN_CLASSES.contain(TypeNamesTest.class), "tests are not checked");
    }

    @Test
    void everyTopLevelTypeFollowsTheNamingRule() {
        assertEquals(List.of(), misnamed(MAIN_CLASSES));
    }

    @Test
    void theRuleFindsAMisnamedType() {
        // a public type without the prefix (Gson's): the check above must not pass vacuously
        assertEquals(
                List.of("com.google.gson.Gson: public, so named Vms... (or Pusher... for a Pusher library adapter)"),
                misnamed(new ClassFileImporter().importClasses(Gson.class)));
    }
}
