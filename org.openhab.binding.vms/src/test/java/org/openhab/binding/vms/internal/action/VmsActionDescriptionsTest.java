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
package org.openhab.binding.vms.internal.action;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;

/**
 * What openHAB reads from the action classes to offer them in rules: scope {@code vms}; every {@link RuleAction}
 * method public, with every parameter described by an {@link ActionInput} and its results by {@link ActionOutput}s;
 * every {@code @text/} key of their labels and descriptions in {@code vms.properties} (the translations then follow
 * by the translation tests); and for each action the static method of the same name DSL rules call, taking the
 * {@code ThingActions} first and then the same parameters.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsActionDescriptionsTest {

    @ParameterizedTest
    @ValueSource(classes = { VmsCameraActions.class, VmsIntercomActions.class })
    void actionsAreDescribedForOpenhabAndCallableFromDsl(Class<?> actionsClass) throws IOException {
        ThingActionsScope scope = actionsClass.getAnnotation(ThingActionsScope.class);
        assertNotNull(scope);
        assertEquals("vms", scope.name());
        assertTrue(ThingActions.class.isAssignableFrom(actionsClass));
        Properties texts = defaultTexts();
        List<Method> actions = Arrays.stream(actionsClass.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(RuleAction.class)).toList();
        assertFalse(actions.isEmpty());
        for (Method action : actions) {
            String name = action.getName();
            assertTrue(Modifier.isPublic(action.getModifiers()) && !Modifier.isStatic(action.getModifiers()), name);
            RuleAction rule = action.getAnnotation(RuleAction.class);
            List<String> keys = new ArrayList<>(List.of(rule.label(), rule.description()));
            for (Parameter parameter : action.getParameters()) {
                ActionInput input = parameter.getAnnotation(ActionInput.class);
                assertNotNull(input, name + ": every parameter is an action input");
                assertFalse(input.type().isEmpty(), name);
                keys.addAll(List.of(input.label(), input.description()));
            }
            ActionOutput[] outputs = action.getAnnotationsByType(ActionOutput.class);
            assertTrue(outputs.length > 0, name + " says what it gives");
            Stream.of(outputs).forEach(output -> keys.addAll(List.of(output.label(), output.description())));
            for (String key : keys) {
                assertTrue(key.startsWith("@text/"), name + ": " + key);
                assertNotNull(texts.getProperty(key.substring("@text/".length())), name + ": no text for " + key);
            }
            Class<?>[] dslParameters = Stream.concat(Stream.of(ThingActions.class),
                    Arrays.stream(action.getParameterTypes())).toArray(Class<?>[]::new);
            Method dsl = assertDoesNotThrow(() -> actionsClass.getMethod(name, dslParameters),
                    name + ": the static method of DSL rules");
            assertTrue(Modifier.isStatic(dsl.getModifiers()), name);
            assertEquals(action.getReturnType(), dsl.getReturnType(), name);
        }
    }

    private static Properties defaultTexts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = VmsActionDescriptionsTest.class.getResourceAsStream("/OH-INF/i18n/vms.properties")) {
            assertNotNull(in);
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
