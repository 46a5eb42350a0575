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
package org.openhab.binding.vms.internal.api.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The lenient readers: what they accept, what they refuse, and that they never throw.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsJsonFieldsTest {

    private static JsonObject json(String singleQuoted) {
        return JsonParser.parseString(singleQuoted.replace('\'', '"')).getAsJsonObject();
    }

    @Test
    void absentMeansMissingNullEmptyArrayOrEmptyObject() {
        JsonObject o = json("{'n':null,'a':[],'o':{},'s':'','z':0,'full':{'x':1},'list':[1]}");
        for (String key : List.of("missing", "n", "a", "o")) {
            assertFalse(VmsJsonFields.has(o, key), key);
            assertNull(VmsJsonFields.opt(o, key), key);
            assertNull(VmsJsonFields.optObject(o, key), key);
        }
        assertTrue(VmsJsonFields.has(o, "s"), "an empty string is a value");
        assertTrue(VmsJsonFields.has(o, "z"));
        assertNotNull(VmsJsonFields.optObject(o, "full"));
        assertNull(VmsJsonFields.optObject(o, "list"), "an array is not an object");
        assertNull(VmsJsonFields.optObject(null, "full"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { "42|42", "'42'|42", "' 42 '|42", "42.0|42", "'4.2e1'|42", "-7|-7",
            "9223372036854775807|9223372036854775807" })
    void longsFromNumbersAndNumericStrings(String value, long expected) {
        assertEquals(expected, VmsJsonFields.optLong(json("{'v':" + value + "}"), "v"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { "42.5", "'x'", "''", "true", "{'a':1}", "[1]", "1e400",
            "9223372036854775808", "'99999999999999999999999999999999999999999999999'", "'NaN'", "'0x10'" })
    void notLongs(String value) {
        assertNull(VmsJsonFields.optLong(json("{'v':" + value + "}"), "v"));
    }

    @Test
    void doublesAreFiniteNumbers() {
        JsonObject o = json("{'a':87.5,'b':'92.1','c':'x','d':1e400,'e':true}");
        assertEquals(87.5, VmsJsonFields.optDouble(o, "a"));
        assertEquals(92.1, VmsJsonFields.optDouble(o, "b"));
        assertNull(VmsJsonFields.optDouble(o, "c"));
        assertNull(VmsJsonFields.optDouble(o, "d"));
        assertNull(VmsJsonFields.optDouble(o, "e"));
    }

    @Test
    void stringsFromPrimitivesOnly() {
        JsonObject o = json("{'s':'x','n':12,'b':false,'o':{'a':1},'l':['x']}");
        assertEquals("x", VmsJsonFields.optString(o, "s"));
        assertEquals("12", VmsJsonFields.optString(o, "n"));
        assertEquals("false", VmsJsonFields.optString(o, "b"));
        assertNull(VmsJsonFields.optString(o, "o"));
        assertNull(VmsJsonFields.optString(o, "l"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { "true|true", "false|false", "'TRUE'|true", "'false'|false", "1|true",
            "0|false", "'1'|true", "'0'|false" })
    void booleans(String value, boolean expected) {
        assertEquals(expected, VmsJsonFields.optBoolean(json("{'v':" + value + "}"), "v"));
    }

    @Test
    void notBooleans() {
        JsonObject o = json("{'a':2,'b':'yes','c':{},'d':[true]}");
        for (String key : List.of("a", "b", "c", "d", "missing")) {
            assertNull(VmsJsonFields.optBoolean(o, key), key);
        }
    }

    @Test
    void longListsSkipJunkAcceptSingleValuesAndAreCapped() {
        JsonObject o = json("{'a':[1,'2',null,'x',3.5,[4],{}],'e':[],'s':5,'t':'6','o':{'a':1},'n':null}");
        assertEquals(List.of(1L, 2L), VmsJsonFields.optLongList(o, "a"));
        assertEquals(List.of(), VmsJsonFields.optLongList(o, "e"));
        assertEquals(List.of(5L), VmsJsonFields.optLongList(o, "s"));
        assertEquals(List.of(6L), VmsJsonFields.optLongList(o, "t"));
        assertNull(VmsJsonFields.optLongList(o, "o"));
        assertNull(VmsJsonFields.optLongList(o, "n"));
        assertNull(VmsJsonFields.optLongList(o, "missing"));
        StringBuilder many = new StringBuilder("{'m':[0");
        for (int i = 1; i < 15_000; i++) {
            many.append(',').append(i);
        }
        List<Long> capped = VmsJsonFields.optLongList(json(many + "]}"), "m");
        assertNotNull(capped);
        assertEquals(VmsJsonFields.MAX_LIST_SIZE, capped.size());
        assertThrows(UnsupportedOperationException.class, () -> capped.add(1L), "lists are read-only");
    }

    @Test
    void stringAndObjectLists() {
        JsonObject o = json("{'s':['a',1,null,{}],'o':[{'id':1},2,{'id':'3'}],'x':'a'}");
        assertEquals(List.of("a", "1"), VmsJsonFields.optStringList(o, "s"));
        assertNull(VmsJsonFields.optStringList(o, "x"));
        assertEquals(List.of(1L, 3L), VmsJsonFields.optObjectList(o, "o", item -> VmsJsonFields.optLong(item, "id")));
        assertEquals(List.of(), VmsJsonFields.optObjectList(o, "missing", item -> 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2024-03-01T12:34:56.000000Z|2024-03-01T12:34:56Z",
            "2024-03-01T12:34:56Z|2024-03-01T12:34:56Z", "2024-03-01T12:34:56.123456789Z|2024-03-01T12:34:56.123456789Z",
            "2024-03-01t12:34:56z|2024-03-01T12:34:56Z", "2024-03-01T15:34:56+03:00|2024-03-01T12:34:56Z",
            "2024-03-01T15:34:56.5+0300|2024-03-01T12:34:56.500Z", "2024-03-01T15:34:56+03|2024-03-01T12:34:56Z",
            "2024-03-01T12:34:56|2024-03-01T12:34:56Z", "2024-03-01 12:34:56|2024-03-01T12:34:56Z",
            "2024-03-01T12:34|2024-03-01T12:34:00Z", "' 2024-03-01T12:34:56Z '|2024-03-01T12:34:56Z" })
    void instantsAreParsedLeniently(String text, String expected) {
        assertEquals(Instant.parse(expected), VmsJsonFields.parseInstant(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "yesterday", "''", "2024-13-01T00:00:00Z", "2024-03-01", "12:34:56",
            "2024-03-01T12:34:56Zjunk", "1709294400" })
    void unparseableInstantsAreNull(String text) {
        assertNull(VmsJsonFields.parseInstant(text));
    }

    @Test
    void serverFormatFastPathAgreesWithJavaTime() {
        Random random = new Random(20240301);
        for (int i = 0; i < 5_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L),
                    random.nextInt(1_000_000_000));
            int fractionDigits = random.nextInt(10);
            String base = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)).substring(0,
                    19);
            String fraction = String.format(Locale.ROOT, "%09d", instant.getNano()).substring(0, fractionDigits);
            String text = base + (fractionDigits == 0 ? "" : "." + fraction) + "Z";
            assertEquals(Instant.parse(text), VmsJsonFields.parseCanonicalUtc(text), text);
            assertEquals(Instant.parse(text), VmsJsonFields.parseInstant(text), text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-03-01T24:00:00Z",
            "2024-03-01T12:60:00Z", "2024-03-01T12:00:60Z", "2024-13-01T00:00:00Z", "2024-03-01T12:00:00.Z",
            "2024-03-01T12:00:00.1234567891Z", "2024-03-01t12:00:00z", "2024-03-01 12:00:00Z", "2024-03-01T12:00:0xZ",
            "+2024-03-01T12:00:00Z", "2024-03-01T12:00:00+00:00", "2024-03-01T12:00Z" })
    void anythingButTheServerFormatIsLeftToTheLenientFormatter(String text) {
        assertNull(VmsJsonFields.parseCanonicalUtc(text));
    }

    @Test
    void instantFromAField() {
        assertEquals(Instant.parse("2024-03-01T12:00:00Z"),
                VmsJsonFields.optInstant(json("{'t':'2024-03-01T12:00:00.000000Z'}"), "t"));
        assertNull(VmsJsonFields.optInstant(json("{'t':5}"), "t"));
        assertNull(VmsJsonFields.parseInstant(null));
    }
}
