package io.cxsite.config;

import java.util.List;
import java.util.Random;

/**
 * YAML documents for the differential test: mostly the plain block mappings snapshots are, with
 * flow and block lists of scalars, mixed with every form the plain reader must leave to the full
 * parser (lists of lists or mappings, anchors, tags, quotes with
 * escapes, multi-line and block scalars, tabs, odd indentation, duplicate keys, broken syntax).
 */
final class RandomYaml {
    private static final List<String> KEYS = List.of("period", "segment", "nps", "promoters", "passives",
            "detractors", "csat", "ces", "phone", "chat", "email", "value", "n", "sd", "byChannel", "targets", "on",
            "yes", "null", "1", "2026-10", "a.b", "_x", "x-y", "Key", "a b", "-x", "\"q\"", "'q'", "k:", "? k", "é",
            "period");
    private static final List<String> SCALARS = List.of("0", "-0", "+5", "012", "0x1F", "0b101", "1_000", "1.5",
            ".5", "5.", "1e3", "1.0e+3", "1E-3", ".inf", "-.inf", ".NaN", "NaN", "1:30", "190", "-3", "3000000000",
            "99999999999999999999999", "yes", "No", "ON", "off", "true", "False", "y", "n", "Y", "~", "null", "Null",
            "NULL", "3m", "1.5d", "SEK", "hello world", "a, b", "it's", "C#", "a #b", "wow!", "%x", "@x", "`x", "|",
            "> x", "!tag x", "!!str 1", "&a x", "*a", "a: b", "[1, 2]", "[]", "{}", "{ }", "\"q\"", "'q'", "'it''s'",
            "\"a\\tb\"", "\"\"", "''", "-", "- x", "-x", "-.5", "?x", ":x", "2026-10", "2026-10-01",
            "2026-10-01T09:30:00Z", "<<", "=", "Å-hus", "a  b", "tab\tx", "x:y", "(a)", "/p", "a\\b", "0.868",
            "5.29", "13414", "+.5", "0o17", "1__0", "-_", "+", ".", "..", "...", "---", "a\u00a0b", "Ω", "x ",
            "\"a\" b", "'a'#c", "a # c", "1e5x", "0x1g", "12ab", "4h", "1.2d", "0b2", "0o9", "1E3",
            "1e", "9.", "12.5.3", ".5e3", "Inf", "-inf", "+1.5", "-1.5e-3", "00", "0.0", "1.", "1.e3", "0xFF", "1f",
            "3D", "7z", "2026W41", "2026-Q3", "1_0", "0B1", "0X1", "1e-3", "1-e", "0.5e-3-", "12-", "1.5e3-2",
            "1E-3x", "2026-10-01t10", "1e+3", "1.5E+03", "0.1.2", "1..2", "2-3-4", "09", "08.5", "0e1", "0x", "0b", "b\u2028c", "\u00e9t\u00e9");
    /** Scalars the plain reader reads; most values are drawn from these. */
    private static final List<String> USUAL = List.of("0", "-0", "+5", "1.5", ".5", "1e3", ".inf", "190", "-3",
            "3000000000", "yes", "No", "true", "~", "null", "3m", "1.5d", "SEK", "hello world", "a, b", "it's",
            "wow!", "2026-10", "2026-10-01", "\u00c5-hus", "a  b", "0.868", "'q'", "\"q\"", "''", "-.5", "(a)", "/p",
            "a\\b", "\u03a9", "x ", "a # c", "C#", "a #b");
    private static final List<String> FLOW = List.of("3m", "51s", "1.5d", "1123", "0.24", "SEK", "yes", "~", "-1",
            "1e3", "0x1F", "012", "1_000", "4.5h", "12ab", "On", "NULL", "-.inf", ".NaN", "+7", "1e5x",
            "a b", "'x'", "\"y\"", "[1]", "{a: 1}", "", "0x1", "012", "a:b", "x#y", "-", "%");
    private static final String SIGNIFICANT = " \n\t#:{}[],-'\"&*!|>?%@`.0a1~\\";

    private RandomYaml() {
    }

    static String document(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(30) == 0) {
            out.append(random.nextBoolean() ? "---\n" : "%YAML 1.1\n---\n");
        }
        if (random.nextInt(8) == 0) {
            out.append("# a comment\n");
        }
        mapping(out, random, random.nextInt(40) == 0 ? 2 : 0, 0);
        if (random.nextInt(30) == 0) {
            out.append(random.nextBoolean() ? "...\n" : "---\nb: 1\n");
        }
        String text = out.toString();
        if (random.nextInt(40) == 0) {
            text = text.replace("\n", "\r\n");
        }
        return random.nextInt(10) == 0 && !text.isEmpty() ? text.substring(0, text.length() - 1) : text;
    }

    private static void mapping(StringBuilder out, Random random, int indent, int depth) {
        int entries = 1 + random.nextInt(depth == 0 ? 8 : 4);
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int i = 0; i < entries; i++) {
            blankOrComment(out, random);
            int shift = random.nextInt(60) == 0 ? random.nextInt(3) - 1 : 0;
            out.append(" ".repeat(Math.max(0, indent + shift)));
            String key = random.nextInt(25) == 0 ? pick(random, KEYS) : pick(random, KEYS.subList(0, 16));
            // Mostly distinct keys, now and then the same key twice.
            out.append(used.add(key) || random.nextInt(10) == 0 ? key : key + used.size());
            out.append(random.nextInt(40) == 0 ? " :" : ":");
            value(out, random, indent, depth);
        }
    }

    private static void value(StringBuilder out, Random random, int indent, int depth) {
        int kind = random.nextInt(20);
        if (kind < 5 && depth < 3) {
            out.append(random.nextInt(6) == 0 ? "   # nested\n" : "\n");
            int step = random.nextInt(10) == 0 ? 1 + random.nextInt(4) : 2;
            mapping(out, random, indent + step, depth + 1);
        } else if (kind < 9) {
            flow(out, random);
        } else if (kind == 9 && random.nextInt(3) == 0) {
            out.append(random.nextBoolean() ? "\n" : " # empty\n");
        } else if (kind == 10 && random.nextInt(2) == 0) {
            blockList(out, random, indent);
        } else if (kind == 12 && random.nextInt(2) == 0) {
            flowList(out, random);
        } else if (kind == 11 && random.nextInt(4) == 0) {
            out.append(" |\n").append(" ".repeat(indent + 2)).append("line\n");
        } else {
            out.append(random.nextInt(12) == 0 ? "  " : " ")
                    .append(random.nextInt(5) == 0 ? pick(random, SCALARS) : pick(random, USUAL));
            out.append(random.nextInt(5) == 0 ? "  # note" : random.nextInt(10) == 0 ? "   " : "");
            out.append('\n');
            if (random.nextInt(40) == 0) {
                out.append(" ".repeat(indent + 2)).append("continued\n");
            }
        }
    }

    private static void flow(StringBuilder out, Random random) {
        out.append(" {");
        int entries = random.nextInt(5);
        for (int i = 0; i < entries; i++) {
            out.append(i == 0 ? (random.nextInt(4) == 0 ? " " : "") : random.nextInt(5) == 0 ? " , " : ", ");
            out.append(random.nextInt(8) == 0 ? pick(random, KEYS) : pick(random, KEYS.subList(3, 14)));
            out.append(random.nextInt(20) == 0 ? ":" : ": ");
            out.append(random.nextInt(12) == 0 ? pick(random, FLOW) : pick(random, FLOW.subList(0, 9)));
        }
        out.append(random.nextInt(30) == 0 ? "," : "").append(random.nextInt(30) == 0 ? "" : "}");
        out.append(random.nextInt(6) == 0 ? " # flow" : "").append('\n');
    }

    /** A block list of scalars below its key, now and then with an item at another indentation. */
    private static void blockList(StringBuilder out, Random random, int indent) {
        out.append(random.nextInt(6) == 0 ? " # list\n" : "\n");
        int at = indent + random.nextInt(3);
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            blankOrComment(out, random);
            int shift = random.nextInt(30) == 0 ? random.nextInt(3) - 1 : 0;
            out.append(" ".repeat(Math.max(0, at + shift))).append(random.nextInt(30) == 0 ? "-" : "- ")
                    .append(random.nextInt(4) == 0 ? pick(random, SCALARS) : pick(random, USUAL))
                    .append(random.nextInt(8) == 0 ? " # c" : "").append('\n');
        }
    }

    /** A flow list of scalars, now and then with a list, a mapping or a trailing comma in it, or left open. */
    private static void flowList(StringBuilder out, Random random) {
        out.append(" [");
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            out.append(i == 0 ? "" : random.nextInt(5) == 0 ? " , " : ", ");
            out.append(random.nextInt(6) == 0 ? pick(random, FLOW) : pick(random, FLOW.subList(0, 9)));
        }
        out.append(random.nextInt(30) == 0 ? "," : "").append(random.nextInt(30) == 0 ? "" : "]");
        out.append(random.nextInt(6) == 0 ? " # flow" : "").append('\n');
    }

    private static void blankOrComment(StringBuilder out, Random random) {
        int kind = random.nextInt(12);
        if (kind == 0) {
            out.append('\n');
        } else if (kind == 1) {
            out.append(" ".repeat(random.nextInt(6))).append("# comment: with {odd} [chars], #\n");
        } else if (kind == 2) {
            out.append("   \n");
        }
    }

    /** {@code text} with {@code edits} random edits: characters YAML cares about put in, taken out or swapped. */
    static String mutate(String text, Random random, int edits) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(out.length() + 1);
            char c = SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length()));
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, c);
                case 1 -> {
                    if (at < out.length()) {
                        out.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < out.length()) {
                        out.setCharAt(at, c);
                    }
                }
                default -> {
                    int lineStart = out.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                    out.insert(lineStart, random.nextBoolean() ? " " : "  ");
                }
            }
        }
        return out.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
