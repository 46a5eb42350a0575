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
package org.openhab.core.standin;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads a compiled stand-in type by reflection and writes its header and its public/protected members the way
 * javap prints them in the signature lists (simple names, "Outer$Inner" for nested types, "X..." for varargs).
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReflectedSignatures {

    private ReflectedSignatures() {
    }

    /**
     * @return the declared public and protected fields, constructors and methods, without synthetic and bridge
     *         methods
     */
    static List<Signature> membersOf(Class<?> type) {
        List<Signature> result = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (visible(field) && !field.isSynthetic()) {
                result.add(new Signature(Signature.Kind.FIELD,
                        modifiers(field.getModifiers() & Modifier.fieldModifiers()), "",
                        name(field.getGenericType()), field.getName(), List.of(), List.of(), false));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor) && !constructor.isSynthetic()) {
                result.add(new Signature(Signature.Kind.CONSTRUCTOR,
                        modifiers(constructor.getModifiers() & Modifier.constructorModifiers()),
                        typeParameters(constructor.getTypeParameters()), "", simpleName(type),
                        parameters(constructor), exceptions(constructor), false));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                Set<String> modifiers = modifiers(method.getModifiers() & Modifier.methodModifiers());
                if (method.isDefault()) {
                    modifiers.add("default");
                }
                result.add(new Signature(Signature.Kind.METHOD, modifiers,
                        typeParameters(method.getTypeParameters()), name(method.getGenericReturnType()),
                        method.getName(), parameters(method), exceptions(method), false));
            }
        }
        return result;
    }

    /**
     * @return the header as javap prints it, e.g. "public abstract class X<T extends Y> extends Z implements A,B"
     */
    static String headerOf(Class<?> type) {
        StringBuilder header = new StringBuilder();
        Set<String> modifiers = modifiers(type.getModifiers() & Modifier.classModifiers());
        if (type.isInterface()) {
            modifiers.remove("abstract");
            modifiers.remove("static");
        }
        List<String> ordered = new ArrayList<>();
        for (String modifier : List.of("public", "protected", "abstract", "final")) {
            if (modifiers.contains(modifier)) {
                ordered.add(modifier);
            }
        }
        header.append(String.join(" ", ordered)).append(' ');
        header.append(type.isAnnotation() ? "@interface " : type.isInterface() ? "interface " : "class ");
        header.append(simpleName(type)).append(typeParameters(type.getTypeParameters()));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class) {
            header.append(" extends ").append(name(superclass));
        }
        List<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(ReflectedSignatures::name)
                .collect(Collectors.toList());
        if (type.isAnnotation()) {
            interfaces.remove("Annotation");
        }
        if (!interfaces.isEmpty()) {
            header.append(type.isInterface() ? " extends " : " implements ").append(String.join(",", interfaces));
        }
        return Signature.normalize(header.toString());
    }

    static String simpleName(Class<?> type) {
        String name = type.getName();
        if (type.isPrimitive()) {
            return name;
        }
        String packageName = type.getPackageName();
        return packageName.isEmpty() ? name : name.substring(packageName.length() + 1);
    }

    private static boolean visible(Member member) {
        int modifiers = member.getModifiers();
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static Set<String> modifiers(int modifiers) {
        String text = Modifier.toString(modifiers);
        return text.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(text.split(" ")));
    }

    private static List<String> parameters(Executable executable) {
        Type[] types = executable.getGenericParameterTypes();
        // inner-class constructors may report the enclosing instance; the stand-in has none, so no special case
        List<String> result = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String name = name(types[i]);
            if (executable.isVarArgs() && i == types.length - 1) {
                name = name.substring(0, name.length() - 2) + "...";
            }
            result.add(name);
        }
        return result;
    }

    private static List<String> exceptions(Executable executable) {
        return Arrays.stream(executable.getGenericExceptionTypes()).map(ReflectedSignatures::name).toList();
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TypeVariable<?> variable : variables) {
            List<String> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class)
                    .map(ReflectedSignatures::name).toList();
            parts.add(bounds.isEmpty() ? variable.getName()
                    : variable.getName() + " extends " + String.join(" & ", bounds));
        }
        return "<" + String.join(", ", parts) + ">";
    }

    static String name(Type type) {
        if (type instanceof Class<?> type1) {
            return type1.isArray() ? name(type1.getComponentType()) + "[]" : simpleName(type1);
        }
        if (type instanceof ParameterizedType parameterized) {
            return name(parameterized.getRawType()) + "<" + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(ReflectedSignatures::name).collect(Collectors.joining(", ")) + ">";
        }
        if (type instanceof TypeVariable<?> variable) {
            return variable.getName();
        }
        if (type instanceof WildcardType wildcard) {
            Type[] lower = wildcard.getLowerBounds();
            if (lower.length > 0) {
                return "? super " + name(lower[0]);
            }
            Type[] upper = wildcard.getUpperBounds();
            return upper.length == 0 || upper[0] == Object.class ? "?" : "? extends " + name(upper[0]);
        }
        if (type instanceof GenericArrayType array) {
            return name(array.getGenericComponentType()) + "[]";
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }
}
