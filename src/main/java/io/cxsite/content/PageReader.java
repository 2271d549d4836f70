package io.cxsite.content;

import io.cxsite.config.TextFile;
import io.cxsite.config.YamlMapping;
import io.cxsite.diagnostics.Problems;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.commonmark.node.Node;

/** Reads the bytes of one Markdown file into a {@link PageSource}: text, front matter, then the Markdown body. */
final class PageReader {
    private final String path;
    private final Problems problems;

    private record Split(String yaml, String body, int bodyLine) {
    }

    private PageReader(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /**
     * Parses one Markdown file. Returns null (with problems recorded) when the file cannot be a
     * page at all; otherwise a page, even if some front-matter values were wrong.
     */
    static PageSource read(String path, String contentPath, byte[] bytes, Problems problems) {
        return new PageReader(path, problems).read(contentPath, bytes);
    }

    private PageSource read(String contentPath, byte[] bytes) {
        Optional<Split> split = text(bytes).flatMap(this::splitFrontMatter).filter(this::frontMatterFits);
        if (split.isEmpty()) {
            return null;
        }
        YamlMapping yaml = YamlMapping.parse(path, split.get().yaml(), 1, problems);
        FrontMatter meta = FrontMatterReader.read(path, yaml, problems);
        int bodyLine = split.get().bodyLine();
        return parse(split.get().body(), bodyLine).map(document -> {
            PageScan scan = PageScan.of(document, bodyLine);
            return new PageSource(path, contentPath, meta, document, scan.links(), scan.anchors(), scan.blocks(),
                    bodyLine, scan.html());
        }).orElse(null);
    }

    /** The file as text: UTF-8 without a byte-order mark, LF line ends, control characters reported. */
    private Optional<String> text(byte[] bytes) {
        // The quick decoder turns each malformed sequence into U+FFFD; only a text with one needs
        // the strict decoder to tell a malformed file from one that holds U+FFFD itself.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isValidUtf8(bytes)) {
            problems.error(path, 1, 1, "not valid UTF-8; save the file as UTF-8");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n");
        if (!PageLimits.checkControls(path, text, problems)) {
            // Reported at each; the page reads on (so its other problems show) but can never be published.
            text = text.replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]", "\uFFFD");
        }
        return Optional.of(text);
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private Optional<Split> splitFrontMatter(String text) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            problems.error(path, 1, 1, "missing front matter; start the file with a '---' line, "
                    + "'title: ...', and another '---' line");
            return Optional.empty();
        }
        int lineNo = 1;
        int start = 4;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            lineNo++;
            if (line.equals("---") || line.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new Split(text.substring(start, pos), body, lineNo + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        problems.error(path, 1, 1, "front matter opened with '---' is never closed; add a '---' line after it");
        return Optional.empty();
    }

    private boolean frontMatterFits(Split split) {
        if (split.yaml().length() > PageLimits.FRONT_MATTER_CHARS) {
            problems.error(path, 2, 1, TextFile.tooBig("front matter", split.yaml().length(),
                    PageLimits.FRONT_MATTER_CHARS) + "; keep long text in the page body");
            return false;
        }
        return true;
    }

    private Optional<Node> parse(String body, int bodyLine) {
        try {
            return Optional.of(Markdown.parse(body));
        } catch (IllegalArgumentException tooManyCells) {
            // commonmark's table parser gives up this way past its cell limit, and says no more.
            problems.error(path, PageLimits.largestTableLine(body, bodyLine), 1, "table has more than "
                    + PageLimits.TABLE_CELLS + " cells, the most the Markdown parser reads; split it into smaller"
                    + " tables or link to a CSV file");
            return Optional.empty();
        }
    }
}
