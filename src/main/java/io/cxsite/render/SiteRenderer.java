package io.cxsite.render;

import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.MetricsJson;
import io.cxsite.render.StaticFiles.StaticFile;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders a {@link Site} through a theme into output files. The Pebble engine is built once per
 * renderer (templates compile once and are shared by every page); pages render in parallel.
 */
public final class SiteRenderer {
    /**
     * The file by which publish knows an output folder as cxsite's (publish writes it after the
     * render): claimed by the render like its own files, so that no page, alias or file takes it.
     */
    public static final String OUTPUT_MARKER = ".cxsite-output";
    static final String TEMPLATES = "templates";
    static final String STATIC = "static";
    static final String SEARCH_TEMPLATE = "search.peb";
    static final BiPredicate<String, Boolean> NOTHING_SKIPPED = (path, isFolder) -> false;

    private final Path siteDir;
    private final String themeName;
    private final Optional<Theme> theme;
    private final PebbleEngine engine;
    private final TemplatePaths templatePaths;
    private final PngCache pngCache;
    private volatile Set<String> pngKeys = Set.of();

    /**
     * A renderer for rendering again and again ({@code cxsite serve}): it keeps the PNGs it draws in
     * the site's chart cache (see {@link #pruneChartCache()}) and in memory.
     */
    public SiteRenderer(Path siteDir, String themeName) {
        this(siteDir, themeName, true, true);
    }

    /**
     * A renderer for one render: it reads the site's chart cache ({@code .cxsite/cache/png}) and,
     * when {@code keepsCharts}, adds the PNGs it draws to it; false for a render that must write nothing.
     */
    public SiteRenderer(Path siteDir, String themeName, boolean keepsCharts) {
        this(siteDir, themeName, keepsCharts, false);
    }

    private SiteRenderer(Path siteDir, String themeName, boolean keepsCharts, boolean remembersCharts) {
        this.siteDir = siteDir;
        this.pngCache = PngCache.in(siteDir, keepsCharts, remembersCharts);
        this.themeName = themeName;
        this.theme = Theme.locate(siteDir, themeName);
        this.templatePaths = new TemplatePaths(siteDir, themeName, theme);
        List<Loader<?>> loaders = new ArrayList<>();
        // Site-level templates/ first, so a site overrides the theme file by file.
        loaders.add(new FileLoader(siteDir.resolve(TEMPLATES).toAbsolutePath().normalize().toString()));
        theme.ifPresent(t -> loaders.add(t.templates()));
        // A theme made before a partial existed gets the default theme's (that partial only).
        loaders.add(new PartialLoader());
        this.engine = new PebbleEngine.Builder()
                .loader(new TemplateLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaper())
                .extension(new RecordAttributes())
                .newLineTrimming(true)
                .build();
    }

    /**
     * What a long-lived caller keeps between renders of one site with one renderer (serve's
     * incremental build), so that work whose inputs have not changed is skipped. A file skipped
     * this way is not passed to the consumer: the caller still has it. {@link #NONE} keeps nothing.
     */
    public interface Memory {
        Memory NONE = new Memory() {
        };

        /** The HTML body of a page; {@code inputs} are everything {@code render} makes it from. */
        default String body(Object inputs, Supplier<String> render) {
            return render.get();
        }

        /** The plain text of a page for the search indexes. */
        default String text(Page page, Function<Page, String> render) {
            return render.apply(page);
        }

        /**
         * False to skip the page of {@code page} (or the section page it is the index of) without making
         * its context, as nothing it is made from changed; {@link Optional#empty()} asks for the files
         * about no one page: tag pages, 404, search pages, redirects.
         */
        default boolean renders(Optional<Page> page) {
            return true;
        }

        /** False when the file at {@code path} was made last time from an equal template name and context. */
        default boolean changed(String path, String template, Map<String, Object> context) {
            return true;
        }

        /** False when the file at {@code path} was copied last time from {@code source}, unchanged since. */
        default boolean changed(String path, Path source) {
            return true;
        }

        /** Runs the step that makes sitemap, feed and search indexes; serve runs it after publishing the pages. */
        default void siteFiles(Runnable step) {
            step.run();
        }

        /**
         * True when the sitemap, feed and search indexes being made are no longer wanted (serve:
         * newer edits wait). The step looks every few hundred pages and stops with a
         * {@link java.util.concurrent.CancellationException}.
         */
        default boolean stopping() {
            return false;
        }
    }

    /** Renders every output file of {@code site} into {@code out}, which must accept files from several threads. */
    public void render(Site site, Consumer<OutputFile> out, Problems problems) throws IOException {
        render(site, out, problems, Memory.NONE);
    }

    /** As {@link #render(Site, Consumer, Problems)}, skipping what {@code memory} still has. */
    public void render(Site site, Consumer<OutputFile> out, Problems problems, Memory memory) throws IOException {
        if (theme.isEmpty()) {
            problems.error("site.yaml", 1, 1, "theme '" + themeName + "' not found: no folder themes/" + themeName
                    + "/templates; set 'theme:' in site.yaml to a folder under themes/ (or 'default')");
            return;
        }
        if (!StaticFiles.presentationInside(siteDir, themeName, problems)) {
            return;
        }
        List<StaticFile> statics = StaticFiles.list(siteDir, theme.orElseThrow(), problems);
        OutputPlan plan = OutputClaims.plan(site, hasSearchPage(), statics, problems);
        if (plan.failed()) {
            return;
        }
        write(site, file -> {
            if (!plan.covers(file.path())) {
                throw new IllegalStateException("cxsite wrote " + file.path() + " without planning it");
            }
            out.accept(file);
        }, problems, memory, statics);
    }

    /**
     * Deletes from the site's chart cache every PNG the last render did not use; for a build that
     * has just published, so that the cache holds what the site shows and no more.
     */
    public void pruneChartCache() {
        pngCache.keepOnly(pngKeys);
    }

    /**
     * Makes every file of the plan. A full build ({@link Memory#NONE}) makes the sitemap, feed and
     * search indexes beside the pages ({@link Beside}); a memory gets that step to run when it likes.
     * The PNGs of the charts are drawn meanwhile on their own threads, and waited for at the end.
     */
    private void write(Site site, Consumer<OutputFile> out, Problems problems, Memory memory, List<StaticFile> statics)
            throws IOException {
        PngFiles pngs = new PngFiles(pngCache, out);
        try {
            write(site, out, problems, memory, statics, pngs);
            pngs.finish();
            pngKeys = pngs.keys();
        } finally {
            pngs.cancel();
        }
    }

    private void write(Site site, Consumer<OutputFile> out, Problems problems, Memory memory, List<StaticFile> statics,
            PngFiles pngs) throws IOException {
        Pages pages = new Pages(engine, site, new Strings(siteDir, themeName, problems), StaticFiles.favicon(statics),
                memory, pngs);
        Beside siteFiles = memory == Memory.NONE
                ? Beside.start("cxsite-site-files", stop -> SiteFiles.write(site, BodyText::text, out, stop))
                : null;
        try {
            new PageJobs(site, pages, memory).run(hasSearchPage(), out, e -> templateError(e, problems));
            pages.reportFiles().forEach(out);
            if (OutputClaims.publishesMetrics(site)) {
                out.accept(new OutputFile(MetricsJson.PATH, "application/json", MetricsJson.write(site.metrics())));
            }
            StaticWebAppConfig.of(site.config(), problems).ifPresent(out);
            SearchSynonyms.check(site.config(), problems);
            if (siteFiles == null) {
                memory.siteFiles(() -> SiteFiles.write(site, page -> memory.text(page, BodyText::text), out,
                        memory::stopping));
            }
            StaticFiles.copy(statics, site, memory, out);
        } catch (Throwable e) {
            if (siteFiles != null) {
                siteFiles.abandon(e);
            }
            throw e;
        }
        if (siteFiles != null) {
            siteFiles.finish();
        }
    }

    /** A template that failed to evaluate: an error at its line in the site's or the theme's file. */
    private void templateError(PebbleException e, Problems problems) {
        problems.error(templatePaths.of(e.getFileName()), e.getLineNumber() == null ? 1 : e.getLineNumber(), 1,
                "template: " + e.getPebbleMessage());
    }

    private boolean hasSearchPage() {
        return engine.getLoader().resourceExists(SEARCH_TEMPLATE);
    }
}
