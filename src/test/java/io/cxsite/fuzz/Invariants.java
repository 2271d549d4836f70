package io.cxsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cxsite.diagnostics.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold for any input, however broken (issue 11): no exception escapes a reader, nothing is
 * printed (no stack trace), and every problem says where it is and what to do, without an
 * exception's text. Each failed check is a fuzzing finding.
 */
final class Invariants {
    // an exception's text: a class name, a stack frame, Jackson's source excerpt, Optional's message
    private static final Pattern EXCEPTION_TEXT = Pattern.compile(
            "\\b\\w+(Exception|Error)\\b|\\bjava\\.|\\bjavax\\.|com\\.fasterxml|org\\.yaml|org\\.snakeyaml|org\\.commonmark"
                    + "|io\\.pebbletemplates|\\n\\s*at [\\w.$]+\\(|\\[Source: |No value present|^null$");
    // Jazzer's own log lines (a class instrumented as it loads), printed from inside the work
    private static final Pattern JAZZER_LOG = Pattern.compile("(?m)^(INFO|WARN): .*\\R?");
    private static final Pattern RELATIVE_PATH = Pattern.compile("[^/\\\\\\s][^\\\\]*");

    private Invariants() {
    }

    /** A reader's work, which may throw anything: what it throws is the finding. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} with System.out and System.err captured, and fails if it printed anything. */
    static void quietly(Work work) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = JAZZER_LOG.matcher(printed.toString(StandardCharsets.UTF_8)).replaceAll("");
        assertEquals("", text, "a reader printed something (readers print nothing; the CLI prints problems)");
    }

    /**
     * Every problem names a file of the site (relative, forward slashes) and a position: line and
     * column 1-based, or both 0 for the whole file; a line inside the file when it is one of
     * {@code files}; and a message without an exception's text.
     */
    static void locatedProblems(List<Problem> problems, Map<String, byte[]> files) {
        for (Problem p : problems) {
            String where = "problem " + p.format();
            assertTrue(p.path() != null && RELATIVE_PATH.matcher(p.path()).matches(), where + ": no relative path");
            assertFalse(p.path().contains(".."), where + ": path leaves the site");
            boolean wholeFile = p.line() == 0 && p.column() == 0;
            assertTrue(wholeFile || p.line() >= 1 && p.column() >= 1, where + ": no line and column");
            byte[] file = files.get(p.path());
            if (file != null) {
                assertTrue(p.line() <= lines(file), where + ": line past the end of the file (" + lines(file) + " lines)");
            }
            message(p.message(), where, files);
        }
    }

    /**
     * A message says something and carries no exception's text. Text that the input itself holds
     * is the author's, quoted back ("com.fasterxml" as a column name), not an exception's.
     */
    static void message(String message, String where, Map<String, byte[]> files) {
        if (message == null || message.isBlank()) {
            fail(where + ": empty message");
        }
        Matcher m = EXCEPTION_TEXT.matcher(message);
        while (m.find()) {
            String text = m.group();
            boolean quoted = files.values().stream().anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8)
                    .contains(text) || new String(bytes, StandardCharsets.ISO_8859_1).contains(text));
            assertTrue(quoted, where + ": an exception's text in the message (" + text.strip() + ")");
        }
    }

    /** Lines as an editor counts them: one more than the line breaks (CR LF, LF or a lone CR). */
    static int lines(byte[] file) {
        int lines = 1;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' || file[i] == '\r' && (i + 1 == file.length || file[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
