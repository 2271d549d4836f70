package io.cxsite.check;

import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problem;
import io.cxsite.site.Page;
import io.cxsite.site.Section;
import io.cxsite.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Traces a finding in a rendered file back to the file an author can change, from the model only:
 * the page's Markdown at the line and column where the element was written ({@link SourceMap}), or
 * at the {@code title:} line for a problem of the whole page. What the Markdown does not hold came
 * from the theme or a generated block: it stays with the Markdown file, and the message names the
 * rendered line. Pages without Markdown of the author's (tag pages, generated report pages, static
 * files) have their problems pointed into the output ({@code public/…}). Not thread-safe: one tracer
 * reports one check.
 */
final class SourceTracer {
    /** Where problems about rendered files without a Markdown source point. */
    static final String OUTPUT = "public/";

    private final String basePath;
    private final Map<String, Page> byOutput = new HashMap<>();
    private final Map<String, PageSource> sources = new HashMap<>();
    private final Map<String, SourceMap> maps = new HashMap<>();

    /**
     * Where a finding is reported.
     *
     * @param inSource the line is the one that made it (or the page's own, for a page-wide problem)
     */
    record Location(String path, int line, int column, boolean inSource) {
    }

    /** A tracer for {@code site}, whose author wrote {@code sources}. */
    SourceTracer(Site site, List<PageSource> sources) {
        this.basePath = site.config().basePath();
        site.pages().forEach(p -> byOutput.put(p.url() + "index.html", p));
        for (Section section : site.sections().values()) {
            byOutput.put(section.index().url() + "index.html", section.index());
        }
        sources.forEach(s -> this.sources.put(s.path(), s));
    }

    /** The page rendered into {@code outputPath}, when it is one of the site's pages. */
    Optional<Page> page(String outputPath) {
        return Optional.ofNullable(byOutput.get(outputPath));
    }

    /** Where {@code finding}, in the rendered page {@code rendered} (if HTML), is reported. */
    Location locate(Finding finding, Function<String, RenderedPage> rendered) {
        Optional<Page> page = page(finding.file());
        PageSource source = page.map(p -> sources.get(p.sourcePath())).orElse(null);
        if (source == null) {
            return new Location(OUTPUT + finding.file(), finding.line(), finding.column(), false);
        }
        RenderedPage html = rendered.apply(finding.file());
        if (finding.mark() != Finding.NO_MARK && html != null) {
            Optional<SourceMap.Origin> origin = maps.computeIfAbsent(finding.file(),
                    f -> SourceMap.of(html, page.get(), source, basePath)).origin(finding.mark());
            if (origin.isPresent()) {
                return new Location(source.path(), origin.get().line(), origin.get().column(), true);
            }
        }
        if (finding.aboutPage()) {
            return new Location(source.path(), source.meta().line(), 1, true);
        }
        return new Location(source.path(), 0, 0, false);
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
}
