package io.cxsite.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The YAML texts written inside the tests' Java text blocks: each text block whole, each file of a
 * {@code -- path --} site that ends in .yaml or .yml, and each page's front matter. Escapes and
 * indentation are undone roughly as the compiler does; every text is a test input either way.
 */
final class TextBlockYaml {
    private TextBlockYaml() {
    }

    static List<String> of(String source) {
        List<String> texts = new ArrayList<>();
        int at = 0;
        while ((at = source.indexOf("\"\"\"\n", at)) >= 0) {
            int close = source.indexOf("\"\"\"", at + 4);
            if (close < 0) {
                break;
            }
            String block = unescape(dedent(source.substring(at + 4, close)));
            texts.add(block);
            texts.addAll(parts(block));
            at = close + 3;
        }
        return texts;
    }

    private static List<String> parts(String block) {
        List<String> texts = new ArrayList<>();
        String[] lines = block.split("\n", -1);
        String name = null;
        StringBuilder part = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                add(texts, name, part.toString());
                name = line;
                part.setLength(0);
            } else {
                part.append(line).append('\n');
            }
        }
        add(texts, name, part.toString());
        return texts;
    }

    private static void add(List<String> texts, String name, String text) {
        if (name == null) {
            return;
        }
        if (name.endsWith(".yaml --") || name.endsWith(".yml --")) {
            texts.add(text);
        } else if (text.startsWith("---\n") && text.indexOf("\n---\n", 3) > 0) {
            texts.add(text.substring(4, text.indexOf("\n---\n", 3) + 1));
        }
    }

    private static String dedent(String body) {
        String[] lines = body.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank() || i == lines.length - 1) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i].stripTrailing();
            out.append(line.length() >= indent ? line.substring(indent) : "").append('\n');
        }
        String last = lines[lines.length - 1];
        return out.append(last.isBlank() ? "" : last.substring(Math.min(indent, last.length()))).toString();
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 's' -> out.append(' ');
                case '\n' -> { }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
