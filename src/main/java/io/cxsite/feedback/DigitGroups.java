package io.cxsite.feedback;

/**
 * The runs of digits in a normalised comment that no earlier finder took ("070-123 45 67" is four
 * groups), with what the {@link NumberKind}s need to know about them: the separators between groups
 * and whether a number may start or end at a group.
 *
 * <p>A group that belongs to a code ("INV-2026-000123", "v2.3.4", the digits of a broken
 * "SE45 5000 …") is <em>attached</em>: it follows a letter or a redacted span directly, a letter
 * through {@code - _ /}, or an attached group through one separator. No phone number starts at an
 * attached group.
 *
 * <p>Two groups are <em>joined</em> when only a short gap of separators stands between them:
 * anything but letters, digits and {@code @}, at most {@value #MAX_GAP} characters once each run of
 * white space (line breaks too) counts as one ("4111.1111", "811218 / 9876", "4111 1111\n1111").
 * A group joined to the one before it continues a chain of groups; one that is not starts one.
 */
final class DigitGroups {
    private final RedactionScan scan;
    private final String text;
    private final int[] start;
    private final int[] end;
    private final boolean[] attached;
    /** Whether the group continues what looks like an IBAN, "SE46 5000 …", that the IbanFinder did not take. */
    private final boolean[] inIbanShape;
    private final boolean[] plus;
    private final boolean[] taken;
    /** Whether group g is joined to group g + 1. */
    private final boolean[] joined;
    private int count;

    /** The longest gap of separators that still joins two groups, white space runs counting as one. */
    static final int MAX_GAP = 3;
    /** The fewest digits a group inside a number with check digits has; only its last group may have fewer. */
    static final int MIN_INNER_GROUP = 3;

    DigitGroups(RedactionScan scan, int maxGroups) {
        this.scan = scan;
        this.text = scan.text;
        this.start = new int[maxGroups];
        this.end = new int[maxGroups];
        this.attached = new boolean[maxGroups];
        this.inIbanShape = new boolean[maxGroups];
        this.plus = new boolean[maxGroups];
        this.taken = new boolean[maxGroups];
        this.joined = new boolean[maxGroups];
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (isFreeDigit(i)) {
                int s = i;
                while (i < n && isFreeDigit(i)) {
                    i++;
                }
                add(s, i);
            } else {
                i++;
            }
        }
    }

    private boolean isFreeDigit(int i) {
        return isDigit(text.charAt(i)) && !scan.isTaken(i);
    }

    private void add(int s, int e) {
        if (count > 0) {
            joined[count - 1] = isSeparatorGap(end[count - 1], s);
        }
        start[count] = s;
        end[count] = e;
        attached[count] = isAttached(s);
        inIbanShape[count] = count > 0 && joined[count - 1] ? inIbanShape[count - 1] && e - s <= 4
                : startsIbanShape(s, e);
        plus[count] = s > 0 && text.charAt(s - 1) == '+' && !scan.isTaken(s - 1)
                && (s < 2 || !Character.isLetterOrDigit(text.charAt(s - 2)));
        count++;
    }

    /**
     * A country code of the IBAN registry that starts a word, then this group of two check digits:
     * "SE46", "NO93". The chain it starts goes on in groups of at most four, as IBANs are printed.
     */
    private boolean startsIbanShape(int s, int e) {
        return e - s == 2 && s >= 2 && (s == 2 || !Character.isLetterOrDigit(text.charAt(s - 3)))
                && IbanFinder.isCountry(text.charAt(s - 2), text.charAt(s - 1));
    }

    private boolean isAttached(int s) {
        if (s == 0) {
            return false;
        }
        char before = text.charAt(s - 1);
        if (Character.isLetter(before) || scan.isTaken(s - 1)) {
            return true;
        }
        if (s < 2 || scan.isTaken(s - 2)) {
            return false;
        }
        char twoBefore = text.charAt(s - 2);
        boolean joined = before == '-' || before == '_' || before == '/' || before == '.' || isSpace(before);
        if (joined && count > 0 && end[count - 1] == s - 1) {
            return attached[count - 1];
        }
        return (before == '-' || before == '_' || before == '/') && Character.isLetter(twoBefore);
    }

    private boolean isSeparatorGap(int from, int to) {
        int units = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (scan.isTaken(i) || !isSeparator(c) || ++units > MAX_GAP) {
                return false;
            }
            i++;
            if (isWhite(c)) {
                while (i < to && isWhite(text.charAt(i)) && !scan.isTaken(i)) {
                    i++;
                }
            }
        }
        return units > 0;
    }

    int count() {
        return count;
    }

    /** Whether only a short gap of separators stands between group {@code g} and the next, still free, group. */
    boolean joined(int g) {
        return hasNext(g) && joined[g];
    }

    /**
     * Whether a number with check digits that starts at group {@code first} may go on to group
     * {@code j}: {@code j} is joined to the group before it, and that group has at least three digits.
     * Such a number is written in the groups its issuer prints, or in others ("4111 1111 1111 1111",
     * "19811218 9876", "4111 11111111 1111" where a line break or an invisible character fell), but
     * never in the twos of a date or time ("2026-10-05 12:30").
     */
    boolean mayExtendChecked(int first, int j) {
        return j == first || (joined(j - 1) && length(j - 1) >= MIN_INNER_GROUP);
    }

    /**
     * Whether groups {@code first..last} are an amount in thousands, "250 000 000 000 000": three or
     * more groups, all of three digits but the first.
     */
    boolean isThousands(int first, int last) {
        if (last - first < 2 || length(first) > 3) {
            return false;
        }
        for (int g = first + 1; g <= last; g++) {
            if (length(g) != 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a number with check digits may start at this group: where a phone number may, at the
     * first group of a chain glued to a word or a prefix ("pnr:19811218-9876", "nr19811218",
     * "kort#4111…"), after white space ("v2.3 4111…") and after any separator that joins it to
     * other groups, a decimal point included, and inside what looks like a mistyped IBAN.
     */
    boolean canStartChecked(int g) {
        // Inside a chain too ("850709-850709-9805", "70:121212+1212", "2,4012888888881881", a card
        // inside a mistyped IBAN): a code, a decimal or a broken IBAN keeps its groups only when they
        // fail every check, since an identifier is redacted whatever stands before it.
        return !taken[g];
    }

    /** Number of digits in the group. */
    int length(int g) {
        return end[g] - start[g];
    }

    char firstDigit(int g) {
        return text.charAt(start[g]);
    }

    /** The digit at {@code index} within the group. */
    char digitAt(int g, int index) {
        return text.charAt(start[g] + index);
    }

    /** Whether the group directly follows a {@code +} that is not inside a word: "+46 70…". */
    boolean plus(int g) {
        return plus[g];
    }

    /** Whether group {@code g + 1} exists and is still free to join a number ending in {@code g}. */
    boolean hasNext(int g) {
        return g + 1 < count && !taken[g + 1];
    }

    /**
     * Whether a number may start at this group: free, not attached, and not continuing a number
     * ("-45" after "123", ",50" after "99", ".3" after "2").
     */
    boolean canStart(int g) {
        if (taken[g] || attached[g]) {
            return false;
        }
        int s = plus[g] ? start[g] - 1 : start[g];
        if (s == 0 || scan.isTaken(s - 1)) {
            return true;
        }
        char before = text.charAt(s - 1);
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        if (s < 2 || scan.isTaken(s - 2)) {
            return true;
        }
        char twoBefore = text.charAt(s - 2);
        if (before == '-' || before == '_' || before == '/') {
            return !Character.isLetterOrDigit(twoBefore);
        }
        if (before == '.' || before == ',' || before == ':' || before == '+') {
            return !isDigit(twoBefore);
        }
        return true;
    }

    /**
     * Whether the group continues a free number of three or more digits across a space or dash, as
     * the later groups of "3029 0049 5243 7576" do.
     */
    boolean followsNumber(int g) {
        return g > 0 && !taken[g - 1] && !plus[g] && length(g - 1) >= 3 && phoneGap(g - 1);
    }

    /**
     * Whether a number may end at this group: not followed by a letter, nor by "-7" or "-a" (a
     * code or a range goes on), nor by ",50", ".10", ":30" or "+4" (a decimal, date or time goes on).
     */
    boolean canEnd(int g) {
        int e = end[g];
        if (e >= text.length() || scan.isTaken(e)) {
            return true;
        }
        char after = text.charAt(e);
        if (Character.isLetterOrDigit(after)) {
            return false;
        }
        if (e + 1 >= text.length() || scan.isTaken(e + 1)) {
            return true;
        }
        char twoAfter = text.charAt(e + 1);
        if (after == '-' || after == '_') {
            return !Character.isLetterOrDigit(twoAfter);
        }
        if (after == '.' || after == ',' || after == ':' || after == '+') {
            return !isDigit(twoAfter);
        }
        return true;
    }

    /** Whether exactly one separator stands between group {@code g} and the next; ' ' matches any space. */
    boolean gapIs(int g, char separator) {
        int a = end[g];
        if (start[g + 1] - a != 1 || plus[g + 1]) {
            return false;
        }
        char c = text.charAt(a);
        return c == separator || (separator == ' ' && isSpace(c)) || (separator == '-' && c == '\u2013');
    }

    /**
     * Whether the gap after group {@code g} is one a phone number uses: a space, a dash, " - ", each
     * optionally with one parenthesis ("+46 (0)70", "(08) 123").
     */
    boolean phoneGap(int g) {
        int a = end[g];
        int b = start[g + 1];
        if (b - a > 3 || plus[g + 1]) {
            return false;
        }
        int parens = 0;
        int dashes = 0;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')') {
                parens++;
            } else if (c == '-' || c == '\u2013') {
                dashes++;
            } else if (!isSpace(c)) {
                return false;
            }
        }
        return parens <= 1 && dashes <= 1;
    }

    /** The digits of groups {@code first..last}, without separators. */
    String digits(int first, int last) {
        StringBuilder digits = new StringBuilder(20);
        for (int g = first; g <= last; g++) {
            digits.append(text, start[g], end[g]);
        }
        return digits.toString();
    }

    /**
     * Takes groups {@code first..last} as one identifier, with the {@code +} in front of it and the
     * "(" of a parenthesised area code "(08) 123 45 67".
     */
    void take(int first, int last) {
        int s = start[first];
        if (plus[first]) {
            s--;
        } else if (s > 0 && text.charAt(s - 1) == '(' && !scan.isTaken(s - 1)
                && closesParenthesis(first, last)) {
            s--;
        }
        for (int g = first; g <= last; g++) {
            taken[g] = true;
        }
        scan.take(s, end[last]);
    }

    private boolean closesParenthesis(int first, int last) {
        for (int i = end[first]; i < start[last]; i++) {
            if (text.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** What may stand between the groups of one number: anything but a letter, a digit, a mark or {@code @}. */
    static boolean isSeparator(char c) {
        if (c < 0x80) {
            return c != '@' && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z');
        }
        int type = Character.getType(c);
        return !Character.isLetterOrDigit(c) && type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK;
    }

    /** White space of any kind, line breaks included. */
    static boolean isWhite(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
