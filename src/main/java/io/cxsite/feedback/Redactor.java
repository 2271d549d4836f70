package io.cxsite.feedback;

import java.util.List;
import java.util.Objects;

/**
 * Removes personal identifiers from customers' comments before any of it is published (DESIGN.md:
 * "Data that comes from customers is untrusted"), and turns a comment into plain text that is safe
 * to escape into a page.
 *
 * <p>Redacted: e-mail addresses, IBANs, payment-card numbers, Swedish personnummer and
 * samordningsnummer, Norwegian fødselsnummer and D-nummer, and phone numbers. Each kind is checked
 * the way its issuer defines it (check digits, dates, lengths), so dates, prices, order and invoice
 * numbers stay as they are. Pure and thread-safe; linear in the length of the comment.
 *
 * <p>The finders read the comment normalised ({@link NormalisedText}: NFKC, digits of every script,
 * dashes and spaces folded, invisible characters dropped), so a full-width, Arabic-Indic or
 * zero-width-split identifier is found like an ASCII one; what they find is replaced in the comment
 * as the customer wrote it. A number with check digits (card, personnummer, fødselsnummer, IBAN) is
 * an identifier whatever separates its groups and whatever word it is glued to.
 */
public final class Redactor {
    /** What every identifier is replaced with, one per identifier. */
    public static final String MARK = "[redacted]";

    private static final String ELLIPSIS = "\u2026";
    // the shortest identifier with digits (an international phone number) has seven
    private static final int MIN_DIGITS = 7;
    private static final List<NumberKind> NUMBER_KINDS = List.of(
            new CardNumber(), new Personnummer(), new Fodselsnummer(), new PhoneNumber());

    private Redactor() {
    }

    /** The comment with every personal identifier replaced by {@link #MARK}, all other text exactly as it was. */
    public static String redact(String comment) {
        Objects.requireNonNull(comment, "comment");
        NormalisedText normalised = NormalisedText.from(comment);
        String text = normalised.text;
        int digits = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            }
        }
        if (digits < MIN_DIGITS && !at) {
            return comment;
        }
        // most specific first, each skipping what an earlier one took: an address may hold digits,
        // an IBAN holds a card-length run of digits, a card a phone-length one
        RedactionScan scan = new RedactionScan(normalised);
        if (at) {
            EmailFinder.find(scan);
        }
        if (digits >= MIN_DIGITS) {
            IbanFinder.find(scan);
            DigitGroups groups = new DigitGroups(scan, digits);
            for (NumberKind kind : NUMBER_KINDS) {
                for (int g = 0; g < groups.count(); g++) {
                    if (kind.hasCheckDigits() ? groups.canStartChecked(g) : groups.canStart(g)) {
                        int last = kind.lastGroup(groups, g);
                        if (last >= 0) {
                            groups.take(g, last);
                            g = last;
                        }
                    }
                }
            }
        }
        return scan.result();
    }

    /**
     * A comment as plain text for a page, a chart label, a search index or JSON: control and
     * invisible formatting characters removed (bidi overrides included), broken UTF-16 and
     * non-characters replaced by U+FFFD, every run of white space (line breaks and tabs included)
     * made one space and the ends trimmed; then redacted; then cut to at most {@code maxLength}
     * code points at a word boundary, ending in "…". Not escaped: the renderer escapes it, and it is
     * never rendered as Markdown.
     *
     * <p>Normalised before it is redacted so that no invisible character can hide an identifier from
     * the Redactor and vanish afterwards ("070", a NUL, "123 45 67"); cut after, so that no cut can leave a
     * part of an identifier the Redactor no longer recognises.
     */
    public static String toSafeText(String comment, int maxLength) {
        Objects.requireNonNull(comment, "comment");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        return cut(redact(normalise(comment)), maxLength);
    }

    /** The text with {@code & < > " '} escaped, for HTML element content and quoted attribute values. */
    public static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        int previous = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = codePointOrReplacement(text, i);
            i += cp > 0xFFFF ? 2 : 1;
            if (isSpace(cp)) {
                space = out.length() > 0;
            } else if (!isInvisible(cp, previous, i < text.length() ? codePointOrReplacement(text, i) : 0)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(isNonCharacter(cp) ? 0xFFFD : cp);
                previous = cp;
            }
        }
        return out.toString();
    }

    /** The code point at {@code i}, U+FFFD for a surrogate without its pair. */
    private static int codePointOrReplacement(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return Character.isSurrogate(c) ? 0xFFFD : c;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /**
     * Control characters, and format characters (bidi overrides and isolates, zero-width space,
     * soft hyphen, BOM, tags): they change how text shows or hide what it says. Zero-width joiners
     * stay between two non-ASCII characters, where emoji sequences and some scripts need them.
     */
    private static boolean isInvisible(int cp, int previous, int next) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return true;
        }
        if (type != Character.FORMAT) {
            return false;
        }
        boolean joiner = cp == 0x200C || cp == 0x200D;
        return !(joiner && previous > 0x7F && next > 0x7F);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    /** At most {@code maxLength} code points, "…" included, cut at the last space when one is near. */
    static String cut(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxLength - 1);
        if (end < text.length() && text.charAt(end) != ' ') {
            int space = text.lastIndexOf(' ', end - 1);
            if (space > end / 2) {
                end = space; // a word boundary, unless that would drop more than half the text
            } else {
                int mark = text.lastIndexOf(MARK.charAt(0), end - 1);
                if (mark >= 0 && text.startsWith(MARK, mark) && mark + MARK.length() > end) {
                    end = mark; // never half a MARK
                }
            }
        }
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
