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

    // the shortest identifier with digits (an international phone number) has seven
    private static final int MIN_DIGITS = 7;
    private static final List<NumberKind> NUMBER_KINDS = List.of(
            new CardNumber(), new Personnummer(), new Fodselsnummer(), new PhoneNumber());

    private Redactor() {
    }

    /** The comment with every personal identifier replaced by {@link #MARK}, all other text exactly as it was. */
    public static String redact(String comment) {
        Objects.requireNonNull(comment, "comment");
        RedactionScan scan = scan(comment);
        if (scan == null) {
            return comment;
        }
        // A mark on a digit ("4\u20E3") is read as part of the digit; it could as well stand between
        // two groups ("2888888881881\u302F6"), so that reading is scanned too and both are replaced.
        String marksAsSpaces = marksOnDigitsAsSpaces(comment);
        if (!marksAsSpaces.equals(comment)) {
            RedactionScan other = scan(marksAsSpaces);
            if (other != null) {
                scan.alsoReplace(other);
            }
        }
        return scan.result();
    }

    /** The finders run over one reading of the comment; null when it holds too few digits and no {@code @}. */
    private static RedactionScan scan(String comment) {
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
            return null;
        }
        // most specific first, each skipping what an earlier one took: an address may hold digits,
        // an IBAN holds a card-length run of digits, a card a phone-length one
        RedactionScan scan = new RedactionScan(normalised);
        if (at) {
            EmailFinder.find(scan);
        }
        if (digits >= MIN_DIGITS) {
            IbanFinder.find(scan);
            findNumbers(new DigitGroups(scan, digits));
        }
        return scan;
    }

    /** The comment with every mark that follows a digit replaced by spaces of the same length. */
    private static String marksOnDigitsAsSpaces(String comment) {
        StringBuilder out = null;
        for (int i = 0; i < comment.length(); ) {
            int cp = comment.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (NormalisedText.isMark(Character.getType(cp)) && i > 0 && Character.isDigit(comment.codePointBefore(i))) {
                if (out == null) {
                    out = new StringBuilder(comment);
                }
                for (int k = i; k < next; k++) {
                    out.setCharAt(k, ' ');
                }
            }
            i = next;
        }
        return out == null ? comment : out.toString();
    }

    /** Each kind of number in turn takes the chains of digit groups it recognises, left to right. */
    private static void findNumbers(DigitGroups groups) {
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
        return SafeText.cut(redact(SafeText.normalise(comment)), maxLength);
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
}
