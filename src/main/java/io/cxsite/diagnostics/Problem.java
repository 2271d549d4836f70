package io.cxsite.diagnostics;

import java.util.Comparator;
import java.util.Locale;

/**
 * One thing wrong with the input, at a position in a source file.
 *
 * @param path   the file, relative to the site root, with forward slashes
 * @param line   1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Problem(String path, int line, int column, Severity severity, String message) {

    /** Orders problems by file, then position, so that output is stable. */
    public static final Comparator<Problem> BY_POSITION = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public static Problem error(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.WARNING, message);
    }

    public static Problem info(String path, int line, int column, String message) {
        return new Problem(path, line, column, Severity.INFO, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error (what {@code --strict} does to warnings); an info line stays one. */
    public Problem asError() {
        return severity == Severity.INFO ? this : new Problem(path, line, column, Severity.ERROR, message);
    }

    /**
     * {@code path:line:col: error: message}, the format of DESIGN.md: always one line, whatever the
     * message quotes from the input (a line break or any other control character is written as
     * {@code \\uXXXX}), so every printed line is one located problem.
     */
    public String format() {
        return printable(path) + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.label() + ": "
                + printable(message);
    }

    /**
     * {@code text} with every character that would not show as itself in a terminal or a log written
     * as {@code \\uXXXX}: control characters (line breaks included), line and paragraph separators,
     * and invisible format characters such as bidi overrides. Everything that quotes input in a
     * message goes through here, through {@link #format} at the latest.
     */
    public static String printable(String text) {
        if (text.codePoints().noneMatch(Problem::hidden)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (hidden(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The same problem as a GitHub Actions workflow command, so it shows beside the line in a pull request. */
    public String formatGitHubAnnotation() {
        // GitHub's workflow commands are error, warning and notice.
        String command = severity == Severity.INFO ? "notice" : severity.label();
        return "::" + command + " file=" + escapeProperty(path) + ",line=" + Math.max(line, 1)
                + ",col=" + Math.max(column, 1) + "::" + escapeData(message);
    }

    // GitHub workflow commands: data escapes %, CR, LF; properties also escape : and ,
    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
