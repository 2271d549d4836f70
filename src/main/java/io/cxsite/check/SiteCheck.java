package io.cxsite.check;

import io.cxsite.config.AudienceScope;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.render.OutputFile;
import io.cxsite.site.Alias;
import io.cxsite.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The check of a rendered site, what {@code cxsite check} adds to a build: it reads every output
 * file as the renderer hands it over (from several threads) and then reports, against the page's
 * Markdown where it can,
 * <ol>
 * <li>internal links ({@code href}, {@code src}, {@code srcset}, form actions, refreshes) to no output
 * file or outside the base path, and {@code #fragments} to no id of their page;</li>
 * <li>images without {@code alt}, an {@code alt=""} image that is all of a link, an
 * {@code <svg role="img">} without {@code <title>};</li>
 * <li>an empty or missing {@code <title>}, an empty {@code <h1>};</li>
 * <li>pages that cannot be reached by following links from a language's home page (warnings);
 * redirects and {@code 404.html} need no link;</li>
 * <li>in a public build, anything internal: an internal page (or an HTML file of no page that is
 * {@code noindex}, as the theme marks internal pages), a file under {@code data/}, {@code charts/}
 * or an internal {@code reports/}, a file under content/ that only internal pages use, or a link or
 * URL to one.</li>
 * </ol>
 * What the Markdown links say is already checked by the assembler; this check sees what templates,
 * report blocks, flows and raw HTML add.
 */
public final class SiteCheck implements Consumer<OutputFile> {
    static final String NOT_FOUND = "404.html";
    private static final Set<String> TEXT_TYPES = Set.of("json", "xml", "txt");

    private final Site site;
    private final SiteConfig config;
    private final boolean publicBuild;
    private final Urls urls;
    private final SourceTracer sources;
    /** The pages cxsite makes without Markdown: tag pages and search pages. */
    private final Set<String> generated = new HashSet<>();
    private final InternalFolders internal;
    private final RenderedFiles rendered;
    private final LinkCheck links;
    private final Interner shared = new Interner();
    private final List<Finding> mentions = Collections.synchronizedList(new ArrayList<>());

    private SiteCheck(Site site, List<PageSource> sources) {
        this.site = site;
        this.config = site.config();
        this.publicBuild = config.audience() == AudienceScope.PUBLIC;
        this.urls = new Urls(config.baseUrl(), config.basePath());
        this.sources = new SourceTracer(site, sources);
        this.rendered = new RenderedFiles(site.aliases().stream().map(Alias::path)
                .collect(Collectors.toUnmodifiableSet()));
        this.internal = InternalFolders.of(site, homes());
        this.links = new LinkCheck(site, publicBuild, urls, internal, rendered);
        homes().forEach(home -> generated.add(home + "tags/index.html"));
        site.tags().forEach(tag -> generated.add(tag.url() + "index.html"));
        homes().forEach(home -> generated.add(home + "search/index.html"));
    }

    /**
     * A check of {@code site}'s output. {@code sources} are the Markdown files the author wrote
     * (not the generated report pages): problems point into them, at the positions they were loaded with.
     */
    public static SiteCheck of(Site site, List<PageSource> sources) {
        return new SiteCheck(site, sources);
    }

    /** Takes one rendered file; safe to call from several threads. */
    @Override
    public void accept(OutputFile file) {
        String path = file.path();
        rendered.files.add(path);
        if (path.endsWith(".html")) {
            rendered.pages.put(path, RenderedPage.read(path, new String(file.bytes(), StandardCharsets.UTF_8), shared));
        } else if (publicBuild && TEXT_TYPES.contains(extension(path))) {
            mentions.addAll(internal.urlsIn(path, new String(file.bytes(), StandardCharsets.UTF_8)));
        }
    }

    /** How many files the renderer handed over. */
    public int fileCount() {
        return rendered.files.size();
    }

    /** Checks everything handed over so far and adds what it finds to {@code problems}. */
    public void check(Problems problems) {
        List<Finding> findings = new ArrayList<>(mentions);
        for (RenderedPage page : new TreeMap<>(rendered.pages).values()) {
            links.links(page, findings);
            MarkupCheck.images(page, findings);
            MarkupCheck.titles(page, findings);
        }
        new Reachability(homes(), config.basePath(), urls, rendered).unreachable(findings);
        if (publicBuild) {
            PublicBuildCheck check = new PublicBuildCheck(site, sources, generated, internal, rendered);
            check.internalFiles(findings);
            check.filesOfInternalPages(problems);
        }
        FindingReport.report(findings, problems, sources, rendered);
    }

    /** The site's home and each other language's, as site paths: {@code ""}, {@code sv/}. */
    private List<String> homes() {
        Set<String> homes = new TreeSet<>();
        homes.add("");
        config.languages().forEach(lang -> homes.add(site.home(lang).url()));
        return List.copyOf(homes);
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
