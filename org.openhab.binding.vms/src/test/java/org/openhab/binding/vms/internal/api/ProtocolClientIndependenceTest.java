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
package org.openhab.binding.vms.internal.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.vms.internal.api.event.VmsEventDecoder;
import org.openhab.binding.vms.internal.api.model.VmsJsonFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The protocol client (everything under {@code internal.api}) must not use openHAB core types, so it stays usable
 * from the CLI and testable without openHAB (developers' guide).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ProtocolClientIndependenceTest {

    private static final String API_PACKAGE = "org.openhab.binding.vms.internal.api";

    private static final JavaClasses API_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(API_PACKAGE);

    private static ArchRule noApiClassDependsOn(String packagePattern) {
        return noClasses().that().resideInAPackage(API_PACKAGE + "..").should().dependOnClassesThat()
                .resideInAPackage(packagePattern)
                .because("the protocol client must stay free of openHAB types (developers' guide)");
    }

    @Test
    void theImportSeesTheProtocolClient() {
        assertTrue(API_CLASSES.contain(VmsEventDecoder.class));
        assertTrue(API_CLASSES.contain(VmsJsonFields.class));
        assertFalse(API_CLASSES.contain(ProtocolClientIndependenceTest.class), "tests are not checked");
    }

    @Test
    void noProtocolClientClassDependsOnOpenhabCore() {
        noApiClassDependsOn("org.openhab.core..").check(API_CLASSES);
    }

    @Test
    void theRuleDetectsADependencyWhenThereIsOne() {
        // the same rule for a package the client does use (Gson) must report violations, so the check above is
        // not passing vacuously
        EvaluationResult result = noApiClassDependsOn("com.google.gson..").evaluate(API_CLASSES);
        assertTrue(result.hasViolation());
    }
}
