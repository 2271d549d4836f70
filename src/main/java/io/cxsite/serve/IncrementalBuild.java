package io.cxsite.serve;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.config.BuildDay;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentSet;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.metrics.KpiSettings;
import io.cxsite.metrics.Metrics;
import io.cxsite.publish.OutputFolder;
import io.cxsite.render.SiteRenderer;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

/**
 * A build that stays alive between edits, for {@code serve}: the phases of {@link SiteBuild}, each
 * redoing only what the touched files affect.
 * <ol>
 * <li>Sources are parsed per file and kept ({@link SourceCache}): an edit reads one file again.</li>
 * <li>The site is assembled again, unless every changed page differs from the last build in its
 * Markdown body alone and new metrics, if any, check the same in every report block: then the last
 * site gets the new bodies and metrics ({@link BodySwap}), and only those pages, and for new
 * metrics the pages with report blocks, are rendered. Likewise when the assembled site differs
 * from the last in bodies and metrics alone.</li>
 * <li>Otherwise the renderer, which keeps its compiled templates, makes every page's context, and a
 * {@link RenderMemory} skips each file whose template and context equal the last build's; page
 * bodies and search texts are kept by their inputs.</li>
 * <li>Only files whose bytes changed are written, and files no longer made are deleted
 * ({@link OutputFolder}). Nothing is written unless everything rendered without error.</li>
 * </ol>
 * A rebuild comes in two steps: {@link #update} publishes the pages, charts, data and static files;
 * {@link #finish} then makes and publishes the sitemap, feed and search indexes, which at 10,000
 * pages take several times longer than the rest. Serve reloads open pages between the two, and
 * gives a finish up when more edits are waiting ({@link #finish(BooleanSupplier)}): the next
 * update's finish covers them.
 *
 * <p>A change to site.yaml, templates, themes, static files or words starts a new renderer and
 * memory, which renders every page again (a full rebuild that still writes only what changed).
 * After {@link #finish} the folder holds byte for byte what {@link SiteBuild} writes.
 */
public final class IncrementalBuild {
    /** Folders whose change means every page may render differently. */
    private static final List<String> PRESENTATION = List.of("site.yaml", "templates", "themes", "static", "i18n");

    /**
     * What a rebuild, or one step of it, did.
     *
     * @param rendered  files made from templates (the rest were skipped as unchanged)
     * @param written   files whose bytes changed
     * @param deleted   files no longer made
     * @param assembled whether the site was assembled again, rather than given new page bodies
     * @param phases    milliseconds spent in each phase that ran, in order: load, assemble, compare
     *                  (what to render), render, write pages, site files (sitemap, feed, search
     *                  indexes), write site files
     */
    public record Outcome(BuildResult result, int rendered, int written, int deleted, boolean assembled,
            Map<String, Double> phases) {

        /** This update followed by its finish. */
        Outcome then(Outcome finish) {
            Map<String, Double> all = new LinkedHashMap<>(phases);
            all.putAll(finish.phases);
            return new Outcome(finish.phases.isEmpty() ? result : finish.result, rendered, written + finish.written,
                    deleted + finish.deleted, assembled, Collections.unmodifiableMap(all));
        }
    }

    private final BuildRequest request;
    private final Path siteDir;
    private final SourceCache sources;
    private final PublishedFiles published;
    private final SiteAssembly assembly = new SiteAssembly();

    private SiteConfig config;
    private SiteRenderer renderer;
    private RenderMemory memory;
    /** The site the site files on disk came from. */
    private Site siteFilesOf;
    /** The finish still to do for the last good update, if any. */
    private Unfinished unfinished;

    private record Unfinished(Site site, RenderMemory.Session session, RenderBatch batch, BuildResult result) {
    }

    private IncrementalBuild(BuildRequest request, OutputFolder folder) {
        this.request = request;
        this.siteDir = request.siteDir();
        this.sources = new SourceCache(request.siteDir());
        this.published = new PublishedFiles(folder);
    }

    /**
     * A build of {@code request} into its output folder, which keeps the files it holds until a
     * build says otherwise; {@code publishing} is held while files are written.
     */
    public static IncrementalBuild of(BuildRequest request, Lock publishing) throws IOException {
        Path output = request.output()
                .orElseThrow(() -> new IllegalArgumentException("an incremental build needs an output folder"));
        return new IncrementalBuild(request, OutputFolder.at(request.siteDir(), output, publishing));
    }

    /** Checks every source and brings the whole folder up to date: {@link #update} and {@link #finish}. */
    public Outcome rebuild() throws IOException {
        return rebuild(List.of(siteDir));
    }

    /** {@link #update} and {@link #finish} in one. */
    public Outcome rebuild(Collection<Path> touched) throws IOException {
        Outcome update = update(touched);
        return update.result().failed() ? update : update.then(finish());
    }

    /**
     * Brings everything but the sitemap, feed and search indexes up to date after changes to
     * {@code touched} (files or folders; a folder stands for everything in it, the site folder for
     * all). When the sources have errors, nothing is written and the outcome lists them.
     */
    public Outcome update(Collection<Path> touched) throws IOException {
        PhaseClock clock = new PhaseClock();
        Problems problems = new Problems();
        Sources loaded = load(Touched.of(siteDir, touched), problems);
        clock.lap("load");
        if (SiteBuild.failed(problems, request)) {
            return failed(problems, clock);
        }
        SiteAssembly.Assembled assembled = assembly.assemble(config, loaded.content(), loaded.metrics(),
                request.drafts());
        problems.addAll(assembled.problems());
        clock.lap("assemble");
        if (SiteBuild.failed(problems, request)) {
            return failed(problems, clock);
        }
        Site next = assembled.site();
        Optional<Set<Page>> only = assembly.changedPages(assembled);
        clock.lap("compare");
        RenderMemory.Session session = sessionFor(only);
        RenderBatch batch = new RenderBatch();
        renderer.render(next, batch, problems, session);
        clock.lap("render");
        if (SiteBuild.failed(problems, request)) {
            return failed(problems, clock);
        }
        OutputFolder.Counts counts = published.publishPages(batch.take(), session,
                assembly.sameMetrics(loaded.metrics()));
        clock.lap("write pages");
        memory.keep(session);
        assembly.remember(assembled, loaded.content(), loaded.metrics());
        BuildResult result = SiteBuild.result(problems, request, SiteBuild.pageCount(next),
                published.size());
        // The same site makes the same sitemap, feed and search indexes.
        unfinished = next == siteFilesOf ? null : new Unfinished(next, session, batch, result);
        return new Outcome(result, session.rendered(), counts.written(), counts.deleted(),
                assembled.swap().isEmpty(), clock.phases());
    }

    /** The content and metrics an update builds from. */
    private record Sources(ContentSet content, Metrics metrics) {
    }

    /** Reads the configuration and the touched sources again, starting afresh when presentation changed. */
    private Sources load(Touched changes, Problems problems) throws IOException {
        SiteConfig loaded = SiteBuild.config(request, problems);
        if (renderer == null || !loaded.equals(config) || PRESENTATION.stream().anyMatch(changes::any)) {
            renderer = new SiteRenderer(siteDir, loaded.theme());
            memory = new RenderMemory();
        }
        config = loaded;
        LocalDate today = BuildDay.today(config.feedback().timeZone());
        FeedbackData feedback = sources.feedback(config.feedback(), today, changes, problems);
        Metrics metrics = sources.metrics(feedback, today, KpiSettings.of(config), changes, problems);
        return new Sources(sources.content(metrics, changes, problems), metrics);
    }

    private RenderMemory.Session sessionFor(Optional<Set<Page>> only) {
        // A fresh memory has nothing to skip with: every page renders.
        return only.isPresent() && !memory.isEmpty() ? memory.beginFor(only.get()) : memory.begin();
    }

    /**
     * Makes and publishes the sitemap, feed and search indexes of the last good {@link #update},
     * unless they are done already.
     */
    public Outcome finish() throws IOException {
        return finish(() -> false);
    }

    /**
     * As {@link #finish()}, but gives up, writing nothing, as soon as {@code stop} says so (it is
     * asked every few hundred pages): serve stops when the author has saved again, as the next
     * update makes them anew. {@link #finished()} then stays false.
     */
    public Outcome finish(BooleanSupplier stop) throws IOException {
        PhaseClock clock = new PhaseClock();
        Unfinished work = unfinished;
        if (work == null) {
            return new Outcome(SiteBuild.result(new Problems(), request, 0, 0), 0, 0, 0, false, Map.of());
        }
        try {
            work.session().runSiteFiles(stop);
        } catch (CancellationException e) {
            work.batch().take(); // what the step made before it stopped
            clock.lap("site files (stopped)");
            return new Outcome(work.result(), 0, 0, 0, false, clock.phases());
        }
        unfinished = null;
        clock.lap("site files");
        OutputFolder.Counts counts = published.publishSiteFiles(work.batch().take());
        clock.lap("write site files");
        siteFilesOf = work.site();
        memory.keepTexts(work.session());
        BuildResult done = new BuildResult(work.result().problems(), work.result().pages(), published.size());
        return new Outcome(done, 0, counts.written(), counts.deleted(), false, clock.phases());
    }

    /** Whether the sitemap, feed and search indexes on disk are those of the last good update. */
    public boolean finished() {
        return unfinished == null;
    }

    private Outcome failed(Problems problems, PhaseClock clock) {
        return new Outcome(SiteBuild.result(problems, request, 0, 0), 0, 0, 0, false, clock.phases());
    }
}
