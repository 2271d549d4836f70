package io.cxsite.config;

import java.util.List;
import java.util.Random;

/**
 * Front matter for the differential test of {@link YamlMapping}: mostly what pages hold (title,
 * description, date, flow and block lists of tags, aliases, weights, booleans), mixed with every
 * form the plain reader must leave to the full parser: lists with quotes, escapes, nested brackets,
 * trailing commas, comments or nothing in them, lists of mappings, numbers Jackson cannot read,
 * duplicate keys, tabs, carriage returns and byte-order marks.
 */
final class RandomFrontMatter {
    private static final List<String> KEYS = List.of("title", "description", "date", "tags", "topics", "aliases",
            "weight", "draft", "lang", "slug", "audience", "summary", "Title", "a b", "'q'", "x-y", "on", "1");
    private static final List<String> TEXTS = List.of("Time culture forum 501", "Agent manager test 1",
            "Queue account response vendor vendor growth friction week", "Strømbrudd i området", "What's new?",
            "\"A checklist: under review.\"", "'it''s'", "'single'", "\"double\"", "\"esc \\\" aped\"", "\"\\u0041\"",
            "a: b", "x #c", "x#c", "50% off", "C#", "-x", "- x", "yes", "No", "2025-07-16", "2026-10-01T09:30:00+02:00",
            "1.5", ".5", "1e3", ".inf", "-.Inf", ".NaN", "3000000000", "99999999999999999999", "-0", "+5", "012",
            "0x1F", "1_000", "~", "null", "", "[a, b]", "{a: 1}", "|", ">", "!x", "@x", "`x`", "%x", "?x", "a  b",
            "trailing  ", "(a) /p", "Å-hus", "a\\b", "1:30", "2026-Q3", "3m", "~x", "--", "---", "...");
    private static final List<String> ITEMS = List.of("kpis", "mobile", "accessibility", "you-said-we-did",
            "bredbånd", "KPIs", "/old/p00007/", "/help/moving-house/", "a_b", "x.y", "1", "-1", "1.5", "1e3", "yes",
            "Off", "~", "null", ".inf", ".NaN", "0x1F", "012", "1_000", "3000000000", "2026-10-01", "'a b'",
            "\"c, d\"", "'it''s'", "\"q\\\"x\"", "''", "\"\"", "'x'", "\"y\"", "a b", "a:b", "a: b", "#x", "a #b",
            "[x]", "[]", "{a: 1}", "-", "- x", "%", "a%", "?", "!x", "|", "@x", "Ω", "(a)", "a,b");
    private static final List<String> SEPARATORS = List.of(", ", ", ", ", ", ",", " , ", ",  ", " ,");

    private RandomFrontMatter() {
    }

    static String document(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(15) == 0) {
            out.append("# front matter\n");
        }
        int fields = 1 + random.nextInt(7);
        for (int i = 0; i < fields; i++) {
            if (random.nextInt(12) == 0) {
                out.append(random.nextBoolean() ? "\n" : "  # note\n");
            }
            String key = random.nextInt(12) == 0 ? pick(random, KEYS) : pick(random, KEYS.subList(0, 11));
            out.append(random.nextInt(40) == 0 ? "  " : "").append(key).append(random.nextInt(60) == 0 ? " :" : ":");
            value(out, random);
        }
        return whole(out.toString(), random);
    }

    private static void value(StringBuilder out, Random random) {
        int kind = random.nextInt(10);
        if (kind < 3) {
            flowList(out, random);
        } else if (kind == 3) {
            blockList(out, random);
        } else if (kind == 4 && random.nextInt(4) == 0) {
            out.append(random.nextBoolean() ? "\n" : "   # empty\n");
        } else if (kind == 5 && random.nextInt(3) == 0) {
            out.append("\n  a: ").append(pick(random, ITEMS)).append("\n  b: [x, ").append(pick(random, ITEMS))
                    .append("]\n");
        } else {
            out.append(' ').append(random.nextInt(4) == 0 ? pick(random, TEXTS) : pick(random, TEXTS.subList(0, 5)));
            out.append(random.nextInt(8) == 0 ? "  # c" : "").append('\n');
        }
    }

    private static void flowList(StringBuilder out, Random random) {
        out.append(random.nextInt(10) == 0 ? "   [" : " [").append(random.nextInt(8) == 0 ? " " : "");
        int items = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            out.append(i == 0 ? "" : random.nextInt(4) == 0 ? pick(random, SEPARATORS) : ", ");
            out.append(random.nextInt(5) == 0 ? pick(random, ITEMS) : pick(random, ITEMS.subList(0, 10)));
        }
        out.append(random.nextInt(25) == 0 ? "," : "").append(random.nextInt(8) == 0 ? " " : "");
        out.append(random.nextInt(30) == 0 ? "" : "]").append(random.nextInt(6) == 0 ? " # tags" : "");
        out.append(random.nextInt(40) == 0 ? "x" : "").append('\n');
    }

    private static void blockList(StringBuilder out, Random random) {
        out.append(random.nextInt(6) == 0 ? " # list\n" : "\n");
        int indent = random.nextInt(3) * 2;
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (random.nextInt(10) == 0) {
                out.append(random.nextBoolean() ? "\n" : " ".repeat(random.nextInt(4)) + "# between\n");
            }
            int shift = random.nextInt(25) == 0 ? random.nextInt(3) - 1 : 0;
            out.append(" ".repeat(Math.max(0, indent + shift))).append(random.nextInt(30) == 0 ? "-" : "- ")
                    .append(random.nextInt(4) == 0 ? pick(random, ITEMS) : pick(random, ITEMS.subList(0, 10)));
            out.append(random.nextInt(8) == 0 ? " # c" : "").append('\n');
            if (random.nextInt(40) == 0) {
                out.append(" ".repeat(indent + 2)).append("continued\n");
            }
        }
    }

    /** Changes to the whole text: carriage returns, a byte-order mark, a tab, no last line feed. */
    private static String whole(String text, Random random) {
        String out = text;
        if (random.nextInt(40) == 0) {
            out = out.replace("\n", "\r\n");
        }
        if (random.nextInt(40) == 0) {
            out = "\uFEFF" + out;
        }
        if (random.nextInt(40) == 0 && out.contains(": ")) {
            out = out.replaceFirst(": ", ":\t");
        }
        return random.nextInt(10) == 0 && !out.isEmpty() ? out.substring(0, out.length() - 1) : out;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
