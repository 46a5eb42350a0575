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
package org.openhab.binding.vms.internal.docs;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Keeps code comments and {@code docs/protocol.md} together: every citation of one of its headings (the path, a comma
 * and the heading in double quotes, as code comments write it) and every Markdown link to one of its anchors must name
 * a heading that exists, and the numbered section, quirk and open-question references to the protocol notes that never
 * were in the repository must not come back. Reads the repository through {@code vms.project.root}, which the root pom
 * gives surefire; the checks themselves are also run on small fixtures, so that they are known to fail.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class ProtocolDocCitationsTest {

    static final String DOC = "docs/protocol.md";

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern CITATION = Pattern.compile("docs/protocol\\.md,\\s*\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("protocol\\.md#([\\w-]+)");
    private static final Pattern OWN_LINK = Pattern.compile("\\]\\(#([\\w-]+)\\)");
    /** The numbered references of the old notes: section, quirk and open-question numbers, "protocol" and a number. */
    private static final Pattern OLD_FORM = Pattern.compile(
            "(?i)\\b(?:sections?|quirks?|open questions?)\\s+\\d+(?:\\.\\d+)?"
                    + "|\\bprotocol\\s+\\d+\\.\\d+|VMS-PROTOCO[L]|\\u00a7");
    /** A line break inside a comment, with the next line's comment marker: citations may be wrapped. */
    private static final Pattern COMMENT_BREAK = Pattern.compile("\\s*\\R\\s*(?:\\*(?!/)|//)?\\s*");

    // ---------------------------------------------------------------- the repository

    @Test
    void everyCitationInTheRepositoryNamesAHeadingOfTheProtocolDocument() {
        Path root = projectRoot();
        String doc = read(root.resolve(DOC));
        Map<String, String> files = sources(root);
        List<String> problems = new ArrayList<>(duplicateAnchors(doc));
        problems.addAll(check(files, doc));
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        // a pattern that no longer matches would pass everything: the code cites the document in many places
        long citations = files.values().stream().mapToLong(text -> CITATION.matcher(join(text)).results().count())
                .sum();
        assertTrue(citations >= 50, "only " + citations + " citations of " + DOC + " found; is the pattern broken?");
    }

    // ---------------------------------------------------------------- the checks on fixtures

    @Test
    void anchorsAreGithubStyle() {
        assertEquals("close-codes-and-errors", anchor("Close codes and errors"));
        assertEquals("x-socket-id-and-echoes", anchor("`X-Socket-ID` and echoes"));
        assertEquals("keep-alive", anchor("Keep-alive"));
    }

    @Test
    void aCitationOfAMissingHeadingIsReported() {
        String doc = "# Title\n\n## Socket URL\n";
        String cite = "docs/protocol.md" + ", \"";
        Map<String, String> files = Map.of("A.java", "/** Built by " + cite + "Socket URL\". */",
                "B.java", "/** See " + cite + "Socket address\". */");
        assertEquals(List.of("B.java: cites \"Socket address\", which is not a heading of " + DOC), check(files, doc));
    }

    @Test
    void aCitationWrappedOverTwoCommentLinesIsFound() {
        String doc = "## Cancelled call payload\n";
        String cite = "docs/protocol.md" + ", \"Cancelled\n * call ";
        assertEquals(List.of(), check(Map.of("A.java", "/**\n * The call (" + cite + "payload\").\n */"), doc));
        assertEquals(1, check(Map.of("A.java", "/**\n * The call (" + cite + "data\").\n */"), doc).size());
    }

    @Test
    void linksToAMissingAnchorAreReported() {
        String doc = "## Keep-alive\n\nSee [the socket](#socket).\n";
        String link = "protocol.md" + "#";
        Map<String, String> files = Map.of("README.md", "[ok](docs/" + link + "keep-alive), [bad](docs/" + link
                + "pings)");
        assertEquals(List.of("README.md: links to #pings, which is not a heading of " + DOC,
                DOC + ": links to #socket, which is not a heading of " + DOC), check(files, doc));
    }

    @Test
    void theOldNumberedFormIsReported() {
        String doc = "## Quirks\n";
        // built from pieces, so that this file does not contain what it looks for
        for (String old : List.of("quirk " + "10.15", "protocol section " + "9.2", "open question " + "13.3",
                "(protocol " + "5.7)", "VMS-" + "PROTOCOL.md", "\u00a7" + "8")) {
            assertEquals(1, check(Map.of("A.java", "/** Kept open (" + old + "). */"), doc).size(), old);
        }
        assertEquals(List.of(), check(Map.of("A.java", "/** Pusher protocol 7, section header, 4.3 */"), doc));
    }

    @Test
    void headingsThatGiveTheSameAnchorAreReported() {
        assertEquals(List.of(DOC + ": two headings give the anchor #payloads"),
                duplicateAnchors("## Payloads\n\n### Payloads\n\n```\n# not a heading\n```\n"));
    }

    // ---------------------------------------------------------------- the checks

    /** The problems of the citations and links in {@code files} (relative path to text) against {@code doc}. */
    static List<String> check(Map<String, String> files, String doc) {
        Set<String> anchors = new HashSet<>(anchors(doc));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String text = join(file.getValue());
            Matcher citation = CITATION.matcher(text);
            while (citation.find()) {
                if (!anchors.contains(anchor(citation.group(1)))) {
                    problems.add(file.getKey() + ": cites \"" + citation.group(1) + "\", which is not a heading of "
                            + DOC);
                }
            }
            missingLinks(file.getKey(), LINK.matcher(text), anchors, problems);
            if (file.getKey().endsWith(".java")) {
                Matcher old = OLD_FORM.matcher(text);
                while (old.find()) {
                    problems.add(file.getKey() + ": \"" + old.group() + "\" cites the old protocol notes; cite "
                            + DOC + ", \"Heading\" instead");
                }
            }
        }
        missingLinks(DOC, OWN_LINK.matcher(doc), anchors, problems);
        return problems;
    }

    private static void missingLinks(String file, Matcher links, Set<String> anchors, List<String> problems) {
        while (links.find()) {
            if (!anchors.contains(links.group(1))) {
                problems.add(file + ": links to #" + links.group(1) + ", which is not a heading of " + DOC);
            }
        }
    }

    static List<String> duplicateAnchors(String doc) {
        Set<String> seen = new HashSet<>();
        return anchors(doc).stream().filter(anchor -> !seen.add(anchor))
                .map(anchor -> DOC + ": two headings give the anchor #" + anchor).toList();
    }

    /** The anchors of the Markdown headings, in order; lines in fenced code blocks are not headings. */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                anchors.add(anchor(heading.group(1)));
            }
        }
        return anchors;
    }

    /** GitHub's anchor of a heading: lower case, punctuation other than - and _ dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String join(String text) {
        return COMMENT_BREAK.matcher(text).replaceAll(" ");
    }

    // ---------------------------------------------------------------- the files

    private static Path projectRoot() {
        String root = System.getProperty("vms.project.root");
        Path path = root == null || root.isBlank() ? Path.of("").toAbsolutePath().getParent() : Path.of(root);
        assertTrue(Files.isRegularFile(path.resolve(DOC)), () -> DOC + " not found under " + path);
        return path;
    }

    /** Every Java source of every module and every Markdown file, by path relative to the root. */
    private static Map<String, String> sources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            Map<String, String> files = new TreeMap<>();
            walk.filter(Files::isRegularFile).filter(path -> !skipped(root.relativize(path)))
                    .filter(path -> path.toString().endsWith(".md") || path.toString().endsWith(".java"))
                    .forEach(path -> files.put(root.relativize(path).toString().replace('\\', '/'), read(path)));
            files.remove(DOC); // its own links are checked by check()
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
