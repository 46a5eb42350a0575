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
package org.openhab.core.i18n;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;

/**
 * Stand-in for openHAB's {@code TranslationProvider}: the text of a key of a bundle's {@code OH-INF/i18n} files. In
 * openHAB a key the bundle does not have gives {@code defaultText}, and the variant with arguments formats the text
 * (found or default) with {@link java.text.MessageFormat}.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public interface TranslationProvider {

    @Nullable
    String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale);

    @Nullable
    String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale, @Nullable Object @Nullable... arguments);
}
