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
package org.openhab.binding.vms.simulator.testing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The model of openHAB's status description rendering behaves as openHAB 4.3.11 and 5.2.1 do, including the parts
 * that surprise: commas split arguments, empty arguments vanish, placeholders stay literal, quotes are MessageFormat's.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class OpenHabStatusTextTest {

    private static final Map<String, String> TEXTS = Map.of( //
            "one", "Ended: {0}.", //
            "two", "{0} and {1}", //
            "plain", "No placeholder here", //
            "quoted", "It''s {0}", //
            "apostrophe", "Don't {0}", //
            "broken", "Bad {0", //
            "unit", "seconds");

    private static @Nullable String render(@Nullable String description) {
        return OpenHabStatusText.render(description, TEXTS::get);
    }

    @Test
    void oneQuotedArgumentFillsThePlaceholder() {
        assertEquals("Ended: closed by admin.", render("@text/one [\"closed by admin\"]"));
        assertEquals("Ended: closed by admin.", render("@text/one closed by admin"));
    }

    @Test
    void aCommaSplitsAnArgumentEvenInsideQuotes() {
        assertEquals("Ended: android.", render("@text/one [\"android, 203.0.113.7; ios\"]"));
        assertEquals(new OpenHabStatusText.Parsed("@text/one", List.of("android", "203.0.113.7; ios")),
                OpenHabStatusText.parse("@text/one [\"android, 203.0.113.7; ios\"]"));
        assertEquals("a and b", render("@text/two [\"a\", \"b\"]"));
    }

    @Test
    void emptyArgumentsVanishAndThePlaceholderStays() {
        assertEquals("Ended: {0}.", render("@text/one [\"\"]"));
        assertEquals("Ended: {0}.", render("@text/one [\" \", \"\"]"));
        assertEquals("b and {1}", render("@text/two [\"\", \"b\"]"));
        assertEquals("Ended: {0}.", render("@text/one"));
    }

    @Test
    void quotesAndBracketsAreRemovedAnywhere() {
        assertEquals("Ended: say hi.", render("@text/one [\"say \"hi\"\"]"));
        assertEquals("Ended: x y.", render("@text/one [\"[x] y\"]"));
        assertEquals("Ended: it's {1} \\ ok.", render("@text/one [\"it's {1} \\ ok\"]"));
    }

    @Test
    void anArgumentThatIsATextReferenceIsTranslated() {
        assertEquals("30 and seconds", render("@text/two [\"30\", \"@text/unit\"]"));
        assertEquals("30 and @text/nothing", render("@text/two [\"30\", \"@text/nothing\"]"));
    }

    @Test
    void theTextIsAlwaysAMessageFormatPattern() {
        assertEquals("It's x", render("@text/quoted [\"x\"]"));
        assertEquals("Dont {0}", render("@text/apostrophe"));
        assertEquals("No placeholder here", render("@text/plain [\"ignored\"]"));
        assertEquals("Bad {0", render("@text/broken [\"x\"]"));
    }

    @Test
    void unknownKeysAndOtherDescriptionsAreShownAsTheyAre() {
        assertEquals("@text/missing", render("@text/missing [\"x\"]"));
        assertEquals("plain words, not translated", render("plain words, not translated"));
        assertNull(render(null));
    }
}
