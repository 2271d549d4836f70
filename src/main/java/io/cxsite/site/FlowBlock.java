package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.util.List;
import java.util.Optional;

/**
 * One {@code cx-troubleshoot} block's YAML as it sits in its Markdown file: turns positions in the
 * YAML into file lines and columns, and reports the flow's problems there.
 */
final class FlowBlock {
    private final String path;
    private final ReportBlock block;
    private final Problems problems;
    private final List<String> lines;
    private boolean failed;

    FlowBlock(String path, ReportBlock block, Problems problems) {
        this.path = path;
        this.block = block;
        this.problems = problems;
        this.lines = block.text().lines().toList();
    }

    String path() {
        return path;
    }

    ReportBlock block() {
        return block;
    }

    /** The block's YAML lines as written, the first being the line after the opening fence. */
    List<String> lines() {
        return lines;
    }

    /** Whether any error was reported for this block. */
    boolean failed() {
        return failed;
    }

    /** A problem of the YAML parser, moved to its place in the Markdown file. */
    void add(Problem problem, String message) {
        problems.add(new Problem(path, fileLine(problem.line()), fileColumn(problem.column()), problem.severity(),
                message));
        failed |= problem.isError();
    }

    /** An error about the block as a whole, at its opening fence. */
    void errorAtFence(String message) {
        failed = true;
        problems.error(path, block.line(), block.column(), message);
    }

    void error(Entry entry, String message) {
        failed = true;
        problems.error(path, fileLine(entry.line()), fileColumn(entry.column()), message);
    }

    void error(YamlNode node, String message) {
        failed = true;
        problems.error(path, fileLine(node.line()), fileColumn(node.column()), message);
    }

    void warning(Entry entry, String message) {
        problems.warning(path, fileLine(entry.line()), fileColumn(entry.column()), message);
    }

    /** Reports {@code message} at {@code entry} and gives nothing. */
    <T> Optional<T> empty(Entry entry, String message) {
        error(entry, message);
        return Optional.empty();
    }

    void unknownKeys(YamlNode mapping, List<String> known, String takes) {
        for (Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                String hint = YamlMapping.hint(entry.key(), known);
                error(entry, "unknown key '" + entry.key() + "'" + hint + takes);
            }
        }
    }

    /**
     * The file line and column of a place inside a scalar: its {@code line}-th line, {@code column}
     * characters in. A block scalar ({@code |} or {@code >}) starts on the next line at its
     * indentation; a quoted one after its quote. Folded lines are counted as written.
     */
    int[] position(YamlNode value, int line, int column) {
        String first = value.line() <= lines.size() ? lines.get(value.line() - 1) : "";
        char style = value.column() <= first.length() ? first.charAt(value.column() - 1) : ' ';
        if ((style == '|' || style == '>') && value.line() + line < lines.size()) {
            int yamlLine = value.line() + 1 + line;
            int indent = indentOf(value.line() + 1);
            return new int[] {fileLine(yamlLine), fileColumn(indent + 1 + column)};
        }
        int offset = style == '"' || style == '\'' ? 1 : 0;
        return new int[] {fileLine(value.line() + line), fileColumn(value.column() + offset + column)};
    }

    /** The indentation of the first non-blank line from {@code yamlLine} on: a block scalar's. */
    private int indentOf(int yamlLine) {
        for (int i = yamlLine - 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (!text.isBlank()) {
                return text.length() - text.stripLeading().length();
            }
        }
        return 0;
    }

    /** The block's YAML starts on the line after the opening fence. */
    int fileLine(int yamlLine) {
        return block.line() + yamlLine;
    }

    int fileColumn(int yamlColumn) {
        return block.textColumn() - 1 + yamlColumn;
    }
}
