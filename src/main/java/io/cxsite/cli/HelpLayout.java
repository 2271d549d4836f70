package io.cxsite.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help text wrapped at spaces only. picocli wraps where Java's line breaker allows, which includes
 * the dots and slashes of a URL, so {@code https://acme.github.io/cx/} could end up on two lines.
 * Here picocli lays each section out on one very long line per entry, and this class wraps it at
 * {@link #WIDTH} columns between words, a continuation line indented under the entry's description;
 * a word longer than the room stays whole on a line of its own.
 */
final class HelpLayout {
    static final int WIDTH = 80;
    /** Wide enough that picocli itself never wraps. */
    private static final int UNWRAPPED = 10_000;
    private static final List<String> SECTIONS = List.of(UsageMessageSpec.SECTION_KEY_SYNOPSIS,
            UsageMessageSpec.SECTION_KEY_DESCRIPTION, UsageMessageSpec.SECTION_KEY_OPTION_LIST,
            UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
            UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);

    private HelpLayout() {
    }

    /** Applies the layout to {@code cli} and every subcommand. */
    static void apply(CommandLine cli) {
        cli.getCommandSpec().usageMessage().width(UNWRAPPED);
        Map<String, IHelpSectionRenderer> renderers = cli.getHelpSectionMap();
        for (String key : SECTIONS) {
            IHelpSectionRenderer original = renderers.get(key);
            if (original != null) {
                boolean synopsis = key.equals(UsageMessageSpec.SECTION_KEY_SYNOPSIS);
                renderers.put(key, help -> wrap(original.render(help), synopsis ? synopsisIndent(help) : -1));
            }
        }
        cli.setHelpSectionMap(renderers);
        cli.getSubcommands().values().forEach(HelpLayout::apply);
    }

    private static int synopsisIndent(Help help) {
        return help.synopsisHeadingLength() + help.commandSpec().qualifiedName().length() + 1;
    }

    /**
     * Wraps every line of {@code text}. {@code synopsisIndent} is where the synopsis's options start
     * (continuation lines too); -1 for the other sections, whose entries each find their own.
     */
    static String wrap(String text, int synopsisIndent) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String trimmed = line.stripTrailing();
            if (synopsisIndent >= 0) {
                out.append(wrapLine(trimmed, Math.min(synopsisIndent, trimmed.length()), synopsisIndent));
            } else {
                int start = descriptionColumn(trimmed);
                out.append(wrapLine(trimmed, start, start == 0 ? 0 : start + 2));
            }
        }
        return out.toString();
    }

    /**
     * Where the text of an entry starts: after the gap of two or more spaces that follows an option,
     * command or exit code, else after the line's own indent (0 for a paragraph).
     */
    static int descriptionColumn(String line) {
        int lead = line.length() - line.stripLeading().length();
        int gap = lead == 0 ? -1 : line.indexOf("  ", lead);
        if (gap < 0) {
            return lead;
        }
        int text = gap;
        while (text < line.length() && line.charAt(text) == ' ') {
            text++;
        }
        return text;
    }

    /** {@code line} kept as it is up to {@code start}, then its words filled up to the width; later lines at {@code indent}. */
    private static String wrapLine(String line, int start, int indent) {
        if (line.length() <= WIDTH) {
            return line;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(line.substring(0, start));
        boolean empty = true;
        for (String word : line.substring(start).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(" ".repeat(indent));
                empty = true;
            }
            current.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(current.toString());
        return String.join("\n", lines);
    }
}
