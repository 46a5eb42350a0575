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

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps configuration parameters onto the fields of a configuration class by field name, the way openHAB's
 * {@code ConfigParser} does: a new instance is made with the public no-argument constructor; fields of the class and
 * its superclasses are set when a parameter of that name exists (final and transient fields are skipped, so are
 * parameters that cannot be converted, which are logged); fields without a parameter keep their initial value.
 * Conversions: any Number to int/long/short/byte/float/double (and wrappers) or BigDecimal; String to those, to
 * Boolean/boolean and to enums; a collection to a List or Set of the field's element type.
 * <p>
 * Logs like openHAB's, on the same logger ({@code org.openhab.core.config.core.ConfigParser}): every field it sets at
 * TRACE with its value, passwords and tokens included. That is openHAB's logging, off unless a user raises that
 * logger to TRACE; the binding cannot change it. Here package-private: openHAB's public static methods are not part
 * of the stand-in, only the behaviour {@link Configuration#as} relies on.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConfigParser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigParser.class);

    private ConfigParser() {
    }

    static <T> T map(Map<String, Object> properties, Class<T> configurationClass) {
        T configuration;
        try {
            configuration = configurationClass.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException(
                    "Configuration class " + configurationClass.getName() + " has no usable public constructor", e);
        }
        for (Class<?> type = configurationClass; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers) || Modifier.isStatic(modifiers)) {
                    continue;
                }
                Object value = properties.get(field.getName());
                if (value == null) {
                    LOGGER.trace("Skipping field '{}', because config has no entry for it", field.getName());
                    continue;
                }
                Object converted = value instanceof Collection<?> collection ? toCollection(collection, field)
                        : valueAs(value, field.getType());
                if (converted == null) {
                    LOGGER.warn("Could not set value for field '{}' because conversion failed. Check your "
                            + "configuration value.", field.getName());
                    continue;
                }
                try {
                    LOGGER.trace("Setting value ({}) {} to field '{}' in configuration class {}",
                            field.getType().getSimpleName(), converted, field.getName(), configurationClass.getName());
                    field.setAccessible(true);
                    field.set(configuration, converted);
                } catch (IllegalAccessException | RuntimeException e) {
                    LOGGER.warn("Could not set field value for field '{}': {}", field.getName(), e.getMessage());
                }
            }
        }
        return configuration;
    }

    private static @Nullable Object toCollection(Collection<?> values, Field field) {
        Class<?> type = field.getType();
        Collection<Object> result;
        if (List.class.isAssignableFrom(type)) {
            result = new ArrayList<>();
        } else if (Set.class.isAssignableFrom(type)) {
            result = new HashSet<>();
        } else {
            return null;
        }
        Class<?> elementType = Object.class;
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> elementClass) {
            elementType = elementClass;
        }
        for (Object element : values) {
            Object converted = element == null ? null : valueAs(element, elementType);
            if (converted != null) {
                result.add(converted);
            }
        }
        return result;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object valueAs(Object value, Class<?> type) {
        Class<?> target = wrapper(type);
        if (target.isInstance(value)) {
            return value;
        }
        try {
            if (value instanceof Number number) {
                if (target == Integer.class) {
                    return number.intValue();
                } else if (target == Long.class) {
                    return number.longValue();
                } else if (target == Double.class) {
                    return number.doubleValue();
                } else if (target == Float.class) {
                    return number.floatValue();
                } else if (target == Short.class) {
                    return number.shortValue();
                } else if (target == Byte.class) {
                    return number.byteValue();
                } else if (target == BigDecimal.class) {
                    return new BigDecimal(number.toString());
                }
            } else if (value instanceof String text) {
                if (target == Integer.class) {
                    return Integer.valueOf(text);
                } else if (target == Long.class) {
                    return Long.valueOf(text);
                } else if (target == Double.class) {
                    return Double.valueOf(text);
                } else if (target == Float.class) {
                    return Float.valueOf(text);
                } else if (target == Short.class) {
                    return Short.valueOf(text);
                } else if (target == Byte.class) {
                    return Byte.valueOf(text);
                } else if (target == BigDecimal.class) {
                    return new BigDecimal(text);
                } else if (target == Boolean.class) {
                    return Boolean.valueOf(text);
                } else if (target.isEnum()) {
                    return Enum.valueOf((Class<? extends Enum>) target, text);
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: reported as a failed conversion below
        }
        LOGGER.warn("Conversion of value '{}' with type '{}' to '{}' failed. Returning null", value, value.getClass(),
                type);
        return null;
    }

    private static Class<?> wrapper(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        }
        return type;
    }
}
