package io.cxsite.check;

import io.cxsite.diagnostics.Problem;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Traces a finding in a rendered file back to the file an author can change: the page's Markdown,
 * at the line that holds the link or image as written, or at the {@code title:} line for a problem
 * of the whole page. What the Markdown does not hold came from the theme or a generated block: it
 * stays with the Markdown file, and the message names the rendered line. Generated pages, tag
 * pages and the like have no Markdown, so their problems point into the output ({@code public/…}).
 * Not thread-safe: one locator reports one check.
 */
final class SourceLocator {
    /** Where problems about rendered files without a Markdown source point. */
    static final String OUTPUT = "public/";

    private final Path siteDir;
    private final String basePath;
    private final Map<String, Page> byOutput = new HashMap<>();
    private final Map<String, Optional<Body>> bodies = new HashMap<>();

    /**
     * Where a finding is reported.
     *
     * @param inSource the line is the one that made it (or the page's own, for a page-wide problem)
     */
    record Location(String path, int line, int column, boolean inSource) {
    }

    SourceLocator(Site site, Path siteDir) {
        this.siteDir = siteDir;
        this.basePath = site.config().basePath();
        site.pages().forEach(p -> byOutput.put(p.url() + "index.html", p));
        for (Section section : site.sections().values()) {
            byOutput.put(section.url() + "index.html", section.index());
        }
    }

    /** The page rendered into {@code outputPath}, when it is one of the site's pages. */
    Optional<Page> page(String outputPath) {
        return Optional.ofNullable(byOutput.get(outputPath));
    }

    /** The destinations in the page's Markdown that render as {@code url}, as the author wrote them. */
    List<String> writtenAs(String outputPath, String url) {
        List<String> written = new ArrayList<>();
        page(outputPath).ifPresent(page -> page.links().forEach((destination, target) -> {
            if ((basePath + target).equals(url)) {
                written.add(destination);
            }
        }));
        written.sort(null);
        return written;
    }

    /** Where {@code finding} is reported. */
    Location locate(Finding finding) {
        Optional<Page> page = page(finding.file());
        Optional<Body> body = page.flatMap(p -> bodies.computeIfAbsent(p.sourcePath(), this::read));
        if (page.isEmpty() || body.isEmpty()) {
            return new Location(OUTPUT + finding.file(), finding.line(), finding.column(), false);
        }
        String source = page.get().sourcePath();
        for (Finding.Needle needle : finding.needles()) {
            List<int[]> hits = body.get().find(needle.text());
            if (!hits.isEmpty()) {
                // The theme may add the same text before the body's: then the last one is the nearest guess.
                int[] hit = hits.get(Math.min(needle.ordinal(), hits.size() - 1));
                return new Location(source, hit[0], hit[1], true);
            }
        }
        if (finding.aboutPage()) {
            return new Location(source, page.get().meta().line(), 1, true);
        }
        return new Location(source, 0, 0, false);
    }

    /** {@code finding} as a problem at {@code at}, its message naming the rendered line when that is all there is. */
    static Problem problem(Finding finding, Location at, String more) {
        List<String> notes = new ArrayList<>();
        if (!at.inSource() && !at.path().startsWith(OUTPUT)) {
            notes.add("rendered at " + finding.file() + ":" + finding.line()
                    + ", not from the Markdown but from the theme or a generated block");
        }
        if (!more.isEmpty()) {
            notes.add(more);
        }
        String message = finding.message() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
        return new Problem(at.path(), at.line(), at.column(), finding.severity(), message);
    }

    private Optional<Body> read(String sourcePath) {
        Path file = siteDir.resolve(sourcePath);
        if (!sourcePath.endsWith(".md") || !Files.isRegularFile(file)) {
            return Optional.empty(); // a generated page or a section without _index.md
        }
        try {
            return Optional.of(Body.of(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a Markdown file, and where its body starts after the front matter. */
    private record Body(List<String> lines, int start) {
        static Body of(String text) {
            List<String> lines = text.lines().toList();
            int start = 0;
            if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                        start = i + 1;
                        break;
                    }
                }
            }
            return new Body(lines, start);
        }

        /** Each {line, column} where {@code needle} is written; a bare {@code #id} only right after ( " or '. */
        List<int[]> find(String needle) {
            List<int[]> hits = new ArrayList<>();
            if (needle.isEmpty()) {
                return hits;
            }
            for (int i = start; i < lines.size(); i++) {
                String line = lines.get(i);
                for (int at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
                    if (!needle.startsWith("#") || at > 0 && "(\"'".indexOf(line.charAt(at - 1)) >= 0) {
                        hits.add(new int[] {i + 1, at + 1});
                    }
                }
            }
            return hits;
        }
    }
}
