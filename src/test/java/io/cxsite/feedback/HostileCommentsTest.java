package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Comments written to break the page they land on, or to smuggle an identifier past the Redactor:
 * the corpus in {@code feedback/hostile-comments.txt} plus what a text file cannot hold (lone
 * surrogates, 10,000-character comments). Every one goes the full way a comment goes to a page,
 * {@code toSafeText} then {@code escapeHtml}, and every result is checked for the same properties.
 */
class HostileCommentsTest {
    private static final int MAX_LENGTH = 280;
    private static final Pattern ENTITY_OR_AMPERSAND = Pattern.compile("&(?!(?:amp|lt|gt|quot|#39);)");
    private static final Pattern JAVASCRIPT_IN_ATTRIBUTE = Pattern.compile("(?i)=\\s*[\"'`]?\\s*javascript\\s*:");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private static final List<String> comments = new ArrayList<>();
    private static final List<String> secrets = new ArrayList<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        try (InputStream in = HostileCommentsTest.class.getResourceAsStream("/feedback/hostile-comments.txt")) {
            String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : corpus.split("\n")) {
                if (line.startsWith("#! ")) {
                    secrets.add(line.substring(3));
                } else if (!line.startsWith("#") && !line.isEmpty()) {
                    comments.add(unescape(line));
                }
            }
        }
        comments.addAll(built());
    }

    /** What a UTF-8 text file cannot carry, or should not: broken UTF-16, and very long comments. */
    private static List<String> built() {
        String lowSurrogateFirst = "Trasig\uDC00text med omvänt par \uDE00\uD83D och ensam hög \uD83D";
        String highAtEnd = "<b>fet</b>\uD83D";
        String word = "Kundtjänsten<script>alert(1)</script>svarade&nbsp;\"snabbt\" ";
        String longWords = word.repeat(10_000 / word.length() + 1).substring(0, 10_000);
        String longUnbroken = "<".repeat(5_000) + "x".repeat(5_000);
        String longWithIdentifiers = ("Ring 070-123 45 67 eller mejla anna.svensson@example.se, kort 4111 1111 1111 1111, "
                + "pnr 19121212-1212, IBAN SE45 5000 0000 0583 9825 7466. ").repeat(60);
        String emojiAndSurrogates = "👍🏽".repeat(3_000) + "\uD800";
        return List.of(lowSurrogateFirst, highAtEnd, longWords, longUnbroken, longWithIdentifiers, emojiAndSurrogates);
    }

    private static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static String page(String comment) {
        return Redactor.escapeHtml(Redactor.toSafeText(comment, MAX_LENGTH));
    }

    @Test
    void corpusIsReadWithItsHostileParts() {
        assertTrue(comments.size() >= 30, "comments: " + comments.size());
        assertTrue(comments.stream().anyMatch(c -> c.indexOf('\u0000') >= 0), "a null byte");
        assertTrue(comments.stream().anyMatch(c -> c.indexOf('\u202E') >= 0), "an RTL override");
        assertTrue(secrets.size() >= 8, "secrets: " + secrets.size());
    }

    @Test
    void noMarkupSurvivesEscaping() {
        for (String comment : comments) {
            String html = page(comment);
            for (char c : new char[] {'<', '>', '"', '\''}) {
                assertEquals(-1, html.indexOf(c), () -> "'" + c + "' in " + html);
            }
            assertFalse(ENTITY_OR_AMPERSAND.matcher(html).find(), () -> "bare & in " + html);
            assertFalse(JAVASCRIPT_IN_ATTRIBUTE.matcher(html).find(), () -> "javascript: attribute in " + html);
        }
    }

    @Test
    void tagsAndEntitiesComeOutAsTheTextTheCustomerTyped() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", page("<script>alert(1)</script>"));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", page("<img src=x onerror=alert(1)>"));
        assertEquals("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;", page("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("&quot; onmouseover=&quot;alert(1)", page("\" onmouseover=\"alert(1)"));
        assertEquals("&lt;/textarea&gt;&lt;svg onload=alert(1)&gt;", page("</textarea><svg onload=alert(1)>"));
        // an entity the customer typed stays text: it must not turn back into a tag
        assertEquals("&amp;lt;script&amp;gt;", page("&lt;script&gt;"));
        // Markdown is never rendered: the link stays the characters it was
        assertEquals("[link](javascript:alert(1))", page("[link](javascript:alert(1))"));
    }

    @Test
    void identifiersAreRedactedEvenInsideMarkupAndBehindInvisibleCharacters() {
        for (String comment : comments) {
            String safe = Redactor.toSafeText(comment, 100_000);
            String safeDigits = safe.replaceAll("\\D", "");
            for (String secret : secrets) {
                assertFalse(safe.contains(secret), () -> secret + " in " + safe);
                String secretDigits = secret.replaceAll("\\D", "");
                if (secretDigits.length() >= 7) {
                    assertFalse(safeDigits.contains(secretDigits), () -> secret + " (as digits) in " + safe);
                }
            }
        }
        assertEquals("&lt;a href=&quot;mailto:" + Redactor.MARK + "&quot;&gt;" + Redactor.MARK + "&lt;/a&gt;",
                page("<a href=\"mailto:anna@example.se\">anna@example.se</a>"));
        assertEquals("Ring " + Redactor.MARK, page("Ring 070\u0000123\u200B45 67"));
    }

    @Test
    void outputIsValidUtf16WithoutControlOrBidiCharacters() {
        for (String comment : comments) {
            String safe = Redactor.toSafeText(comment, MAX_LENGTH);
            try {
                StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(safe));
            } catch (CharacterCodingException e) {
                fail("not valid UTF-16: " + safe, e);
            }
            safe.codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                assertFalse(type == Character.CONTROL || type == Character.SURROGATE, () -> "U+"
                        + Integer.toHexString(cp) + " in " + safe);
                assertFalse(type == Character.FORMAT && cp != 0x200D && cp != 0x200C, () -> "format U+"
                        + Integer.toHexString(cp) + " in " + safe);
            });
        }
        assertEquals("Trasig\uFFFDtext", Redactor.toSafeText("Trasig\uDC00text", 100));
        assertEquals("hög \uFFFD", Redactor.toSafeText("hög \uD83D", 100));
        assertEquals("par \uFFFD\uFFFD", Redactor.toSafeText("par \uDE00\uD83D", 100));
        assertEquals("Null byte", Redactor.toSafeText("Null\u0000 byte", 100));
        assertEquals("gnp.exe", Redactor.toSafeText("\u202Egnp.exe", 100));
        assertEquals("👍🏽 👨‍👩‍👧", Redactor.toSafeText("👍🏽 👨‍👩‍👧", 100));
    }

    @Test
    void outputIsTrimmedCollapsedAndWithinTheLimit() {
        for (String comment : comments) {
            String safe = Redactor.toSafeText(comment, MAX_LENGTH);
            assertTrue(safe.codePointCount(0, safe.length()) <= MAX_LENGTH, () -> safe.length() + ": " + safe);
            assertEquals(safe.strip(), safe);
            assertFalse(safe.contains("  "), safe);
            assertFalse(safe.contains("\n") || safe.contains("\t"), safe);
        }
        String longComment = built().get(2);
        String safe = Redactor.toSafeText(longComment, MAX_LENGTH);
        assertTrue(safe.endsWith("…"), safe);
        String kept = safe.substring(0, safe.length() - 1);
        assertTrue(Redactor.toSafeText(longComment, 100_000).startsWith(kept + " "), "cut at a word boundary: " + safe);
    }

    @Test
    void theSameCommentAlwaysGivesTheSameText() {
        List<String> first = comments.stream().map(HostileCommentsTest::page).toList();
        List<String> again = comments.stream().map(HostileCommentsTest::page).toList();
        List<String> parallel = comments.parallelStream().map(HostileCommentsTest::page).toList();
        assertEquals(first, again);
        assertEquals(first, parallel);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against quadratic time, not a benchmark
    void pathologicalCommentsTakeLinearTime() {
        // each about 1,000,000 characters: what a quadratic scan or a backtracking pattern chokes on
        List<String> inputs = List.of("1 ".repeat(500_000), "0".repeat(1_000_000), "07 ".repeat(333_333),
                "+4 ".repeat(333_333), "a@".repeat(500_000), "a.".repeat(499_999) + "@", "@" + "a.".repeat(499_999),
                "SE45 ".repeat(200_000), "4111 ".repeat(200_000), "(0)".repeat(333_333), "-1".repeat(500_000),
                "x".repeat(999_999) + "@example.se", "\uD800".repeat(1_000_000), "\u202E\u0000 ".repeat(333_333),
                // what the normalisation and the separator-blind numbers meet: digits of other scripts,
                // invisible characters between digits, long chains of groups, literals and quotes
                "\u0664\u0661 ".repeat(333_333), "\u200B4".repeat(500_000), "4444.".repeat(200_000), "1\n".repeat(500_000),
                "\"a\"@".repeat(250_000), "a@[1".repeat(250_000), "xSE45".repeat(200_000), "\uFF14\u20E3".repeat(500_000),
                "\u2152".repeat(1_000_000));
        for (String input : inputs) {
            String safe = Redactor.toSafeText(input, MAX_LENGTH);
            assertTrue(safe.codePointCount(0, safe.length()) <= MAX_LENGTH);
            Redactor.escapeHtml(Redactor.redact(input));
        }
    }
}
