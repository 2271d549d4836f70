package io.cxsite.content;

import io.cxsite.config.Audience;
import io.cxsite.config.InputFiles;
import io.cxsite.config.TextFile;
import io.cxsite.config.YamlField;
import io.cxsite.config.YamlMapping;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Reads every file under {@code content/}: Markdown pages are parsed in parallel, other files become assets. */
public final class ContentLoader {
    public static final String CONTENT = "content";
    private static final List<String> DATA_FOLDERS = List.of("metrics", "feedback");

    private ContentLoader() {
    }

    public static ContentSet load(Path siteDir, Problems problems) throws IOException {
        Path root = siteDir.resolve(CONTENT);
        if (!Files.isDirectory(root)) {
            problems.error(CONTENT, 1, 1, "no content/ folder; put Markdown pages under content/");
            return new ContentSet(List.of(), List.of());
        }
        List<Path> files = files(siteDir, CONTENT, problems);
        List<Path> markdown = files.stream().filter(p -> p.getFileName().toString().endsWith(".md")).toList();
        List<Asset> assets = files.stream().filter(p -> !p.getFileName().toString().endsWith(".md"))
                .map(p -> new Asset(slashed(root.relativize(p)), p)).toList();
        List<PageSource> pages = markdown.parallelStream()
                .map(p -> {
                    try {
                        return readPage(siteDir, slashed(root.relativize(p)), problems);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(Objects::nonNull)
                .toList();
        return new ContentSet(pages, assets);
    }

    /**
     * The page and asset files under {@code folder} (content/ or a folder in it), in path order, through
     * {@link InputFiles}: a link out of the site is a problem, never a file. Hidden files and the data
     * folders are left out: data is read by its own loaders and never published as files.
     */
    public static List<Path> files(Path siteDir, String folder, Problems problems) throws IOException {
        return InputFiles.walk(siteDir, folder, InputFiles.ALL, (path, isFolder) -> {
            Path relative = Path.of(path.substring(CONTENT.length() + 1));
            return isHidden(relative) || isData(relative)
                    || isFolder && relative.getNameCount() == 1 && DATA_FOLDERS.contains(relative.toString());
        }, problems);
    }

    /**
     * Whether {@link #load} takes the file at {@code contentPath} (relative to {@code content/}, with
     * forward slashes) as a page or an asset: it is not hidden and not data. For serve, which tracks files itself.
     */
    public static boolean takes(String contentPath) {
        Path relative = Path.of(contentPath);
        return !isHidden(relative) && !isData(relative);
    }

    /** Whether {@link #load} reads the file at {@code contentPath} as a page (else it is an asset). */
    public static boolean isPage(String contentPath) {
        return contentPath.endsWith(".md");
    }

    /**
     * Reads one page as {@link #load} does; null (with problems recorded) when the file cannot be a page.
     * The file must be one that {@link #files} lists.
     */
    public static PageSource readPage(Path siteDir, String contentPath, Problems problems) throws IOException {
        Path file = siteDir.resolve(CONTENT).resolve(contentPath);
        long size = Files.size(file);
        if (size > PageLimits.PAGE_BYTES) {
            // Checked before reading: a 50 MB page would take the heap with it.
            problems.error(CONTENT + "/" + contentPath, 1, 1, TextFile.tooBig("page", size, PageLimits.PAGE_BYTES)
                    + "; split it into several pages");
            return null;
        }
        return read(CONTENT + "/" + contentPath, contentPath, Files.readAllBytes(file), problems);
    }

    /** Metric snapshots, feedback exports and topics.yaml: data for reports, not pages or assets. */
    private static boolean isData(Path relative) {
        String first = relative.getName(0).toString();
        return relative.getNameCount() > 1 && DATA_FOLDERS.contains(first)
                || relative.getNameCount() == 1 && first.equals("topics.yaml");
    }

    /**
     * Parses one Markdown file. Returns null (with problems recorded) when the file cannot be a
     * page at all; otherwise a page, even if some front-matter values were wrong.
     */
    static PageSource read(String path, String contentPath, byte[] bytes, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(path, 1, 1, "not valid UTF-8; save the file as UTF-8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n");
        if (!PageLimits.checkControls(path, text, problems)) {
            // Reported at each; the page reads on (so its other problems show) but can never be published.
            text = text.replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]", "\uFFFD");
        }

        Split split = splitFrontMatter(path, text, problems);
        if (split == null) {
            return null;
        }
        if (split.yaml.length() > PageLimits.FRONT_MATTER_CHARS) {
            problems.error(path, 2, 1, TextFile.tooBig("front matter", split.yaml.length(),
                    PageLimits.FRONT_MATTER_CHARS) + "; keep long text in the page body");
            return null;
        }
        YamlMapping yaml = YamlMapping.parse(path, split.yaml, 1, problems);
        FrontMatter meta = frontMatter(path, yaml, problems);

        Node document;
        try {
            document = Markdown.PARSER.parse(split.body);
        } catch (IllegalArgumentException tooManyCells) {
            // commonmark's table parser gives up this way past its cell limit, and says no more.
            problems.error(path, PageLimits.largestTableLine(split.body, split.bodyLine), 1, "table has more than "
                    + PageLimits.TABLE_CELLS + " cells, the most the Markdown parser reads; split it into smaller"
                    + " tables or link to a CSV file");
            return null;
        }
        int lineOffset = split.bodyLine - 1;
        List<LinkRef> links = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        List<ReportBlock> blocks = new ArrayList<>();
        List<RawHtml> html = new ArrayList<>();
        AnchorIds ids = new AnchorIds();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(ref(link.getDestination(), link, false));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(ref(image.getDestination(), image, true));
                visitChildren(image);
            }

            @Override
            public void visit(FencedCodeBlock code) {
                if (ReportBlock.isReportBlock(code.getInfo())) {
                    List<SourceSpan> spans = code.getSourceSpans();
                    int line = spans.isEmpty() ? split.bodyLine : lineOffset + spans.get(0).getLineIndex() + 1;
                    List<String> words = List.of(code.getInfo().strip().split("\\s+"));
                    blocks.add(new ReportBlock(words.get(0), words.subList(1, words.size()), code.getLiteral().strip(),
                            line, 1, code.getLiteral(), textColumn(code.getLiteral(), spans)));
                }
                visitChildren(code);
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(raw(inline.getLiteral(), inline));
                visitChildren(inline);
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(raw(block.getLiteral(), block));
                visitChildren(block);
            }

            @Override
            public void visit(Heading heading) {
                anchors.add(ids.next(Markdown.textOf(heading)));
                visitChildren(heading);
            }

            /** Source spans are only needed for the link positions above; dropping them saves a third of the tree. */
            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                parent.setSourceSpans(List.of());
            }

            private LinkRef ref(String destination, Node node, boolean image) {
                List<SourceSpan> spans = node.getSourceSpans();
                SourceSpan first = spans.isEmpty() ? null : spans.get(0);
                int line = first == null ? split.bodyLine : lineOffset + first.getLineIndex() + 1;
                int column = first == null ? 1 : first.getColumnIndex() + 1;
                return new LinkRef(destination, line, column, image);
            }

            private RawHtml raw(String literal, Node node) {
                List<SourceSpan> spans = node.getSourceSpans();
                SourceSpan first = spans.isEmpty() ? null : spans.get(0);
                return new RawHtml(literal, first == null ? split.bodyLine : lineOffset + first.getLineIndex() + 1,
                        first == null ? 1 : first.getColumnIndex() + 1);
            }
        });
        return new PageSource(path, contentPath, meta, document, List.copyOf(links), List.copyOf(anchors),
                List.copyOf(blocks),
                split.bodyLine, List.copyOf(html));
    }

    /**
     * The file column of a fenced block's first body character. Span i + 1 covers body line i from
     * its container's content start; the literal drops the fence's indent, so it ends the span.
     */
    private static int textColumn(String literal, List<SourceSpan> spans) {
        List<String> lines = literal.lines().toList();
        for (int i = 0; i < lines.size() && i + 1 < spans.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                SourceSpan span = spans.get(i + 1);
                return span.getColumnIndex() + span.getLength() - lines.get(i).length() + 1;
            }
        }
        return spans.size() > 1 ? spans.get(1).getColumnIndex() + 1 : 1;
    }

    private record Split(String yaml, String body, int bodyLine) {
    }

    private static Split splitFrontMatter(String path, String text, Problems problems) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            problems.error(path, 1, 1, "missing front matter; start the file with a '---' line, "
                    + "'title: ...', and another '---' line");
            return null;
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
                return new Split(text.substring(start, pos), body, lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        problems.error(path, 1, 1, "front matter opened with '---' is never closed; add a '---' line after it");
        return null;
    }

    private static FrontMatter frontMatter(String path, YamlMapping yaml, Problems problems) {
        yaml.warnUnknownKeys(FrontMatter.KEYS, "front-matter");
        String title = yaml.string("title").orElse("").strip();
        int titleLine = yaml.field("title").map(f -> f.line()).orElse(1);
        if (title.isEmpty() && yaml.valid() && yaml.field("title").map(f -> f.value().isNull()
                || f.value().isTextual() && f.value().asText().isBlank()).orElse(true)) {
            problems.error(path, titleLine, 1, "missing 'title:' in front matter; every page needs a title");
        }
        Optional<Audience> audience = yaml.field("audience").flatMap(f -> yaml.string("audience")
                .flatMap(a -> Audience.tryParse(a).or(() -> yaml.typeError(f, "'public' or 'internal'"))));
        Optional<String> slug = yaml.field("slug").flatMap(f -> yaml.string("slug").flatMap(s -> {
            if (s.isBlank() || s.contains("/") || s.contains("\\") || s.equals(".") || s.equals("..")) {
                return yaml.typeError(f, "one URL segment without '/' such as 'reset-password'");
            }
            return Optional.of(s);
        }));
        List<String> aliases = yaml.field("aliases").flatMap(f -> yaml.stringList("aliases").flatMap(list -> {
            for (int i = 0; i < list.size(); i++) {
                String alias = list.get(i);
                if (!alias.startsWith("/") || alias.contains("..") || alias.contains("?") || alias.contains("#")) {
                    YamlField.At at = f.itemAt(i);
                    problems.error(path, at.line(), at.column(), "'aliases' must be a list of site paths starting"
                            + " with '/' such as [/old/nps/], found '" + alias + "'");
                    return Optional.<List<String>>empty();
                }
            }
            return Optional.of(list);
        })).orElse(List.of());
        YamlField.At slugAt = yaml.field("slug").map(f -> new YamlField.At(f.valueLine(), f.valueColumn()))
                .orElse(new YamlField.At(titleLine, 1));
        List<YamlField.At> aliasesAt = yaml.field("aliases")
                .map(f -> java.util.stream.IntStream.range(0, aliases.size()).mapToObj(f::itemAt).toList())
                .orElse(List.of());
        return new FrontMatter(
                title,
                yaml.string("description").orElse("").strip(),
                yaml.date("date"),
                yaml.bool("draft").orElse(false),
                yaml.integer("weight").orElse(0),
                yaml.stringList("tags").orElse(List.of()),
                yaml.stringList("topics").orElse(List.of()),
                audience,
                slug,
                aliases,
                yaml.string("lang"),
                yaml.string("translationKey"),
                titleLine, slugAt, aliasesAt);
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
