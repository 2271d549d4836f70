package io.cxsite.serve;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.config.BuildDay;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentSet;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.metrics.Metrics;
import io.cxsite.publish.OutputFolder;
import io.cxsite.render.OutputFile;
import io.cxsite.render.SiteRenderer;
import io.cxsite.site.Page;
import io.cxsite.site.Site;
import io.cxsite.site.SiteAssembler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
    private final OutputFolder folder;

    private SiteConfig config;
    private SiteRenderer renderer;
    private RenderMemory memory;
    /** The last good build: its site, the content and metrics it came from, what assembling reported. */
    private Site site;
    private ContentSet contentOfSite;
    private Metrics metricsOfSite;
    private List<Problem> assemblyProblems = List.of();
    /** What the folder holds: files of {@link #update}, of {@link #finish}, and the site the latter came from. */
    private Set<String> pagePaths;
    private Set<String> siteFilePaths = Set.of();
    private Site siteFilesOf;
    /** The finish still to do for the last good update, if any. */
    private Unfinished unfinished;

    private record Unfinished(Site site, RenderMemory.Session session, Batch batch, BuildResult result) {
    }

    private IncrementalBuild(BuildRequest request, OutputFolder folder) {
        this.request = request;
        this.siteDir = request.siteDir();
        this.sources = new SourceCache(request.siteDir());
        this.folder = folder;
        this.pagePaths = folder.paths();
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
        Clock clock = new Clock();
        Problems problems = new Problems();
        Sources loaded = load(Touched.of(siteDir, touched), problems);
        clock.lap("load");
        if (SiteBuild.failed(problems, request)) {
            return failed(problems, clock);
        }
        Optional<BodySwap> swap = swapBodies(loaded);
        Assembled assembled = assemble(loaded, swap);
        problems.addAll(assembled.problems());
        clock.lap("assemble");
        if (SiteBuild.failed(problems, request)) {
            return failed(problems, clock);
        }
        Site next = assembled.site();
        Optional<Set<Page>> only = changedPages(swap, next);
        clock.lap("compare");
        RenderMemory.Session session = sessionFor(only);
        Batch batch = new Batch();
        renderer.render(next, batch, problems, session);
        clock.lap("render");
        if (SiteBuild.failed(problems, request)) {
            return failed(problems, clock);
        }
        OutputFolder.Counts counts = publishPages(batch.take(), session, loaded.metrics());
        clock.lap("write pages");
        memory.keep(session);
        remember(next, loaded.content(), loaded.metrics(), assembled.problems());
        BuildResult result = SiteBuild.result(problems, request, next.pages().size() + next.sections().size(),
                pagePaths.size() + siteFilePaths.size());
        // The same site makes the same sitemap, feed and search indexes.
        unfinished = next == siteFilesOf ? null : new Unfinished(next, session, batch, result);
        return new Outcome(result, session.rendered(), counts.written(), counts.deleted(), swap.isEmpty(),
                clock.phases());
    }

    /** The content and metrics an update builds from. */
    private record Sources(ContentSet content, Metrics metrics) {
    }

    /** An assembled site with what assembling it reported. */
    private record Assembled(Site site, List<Problem> problems) {
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
        Metrics metrics = sources.metrics(feedback, today, changes, problems);
        return new Sources(sources.content(metrics, changes, problems), metrics);
    }

    /** The last site with new bodies and metrics, when that is all that changed under the same configuration. */
    private Optional<BodySwap> swapBodies(Sources loaded) {
        return site != null && config.equals(site.config())
                ? BodySwap.between(site, contentOfSite, loaded.content(), loaded.metrics(),
                        path -> assemblyProblems.stream().anyMatch(p -> p.path().equals(path)))
                : Optional.empty();
    }

    /** The swapped site with the last assembly's problems, or a site assembled anew. */
    private Assembled assemble(Sources loaded, Optional<BodySwap> swap) {
        if (swap.isPresent()) {
            return new Assembled(swap.get().site(), assemblyProblems);
        }
        Problems own = new Problems();
        Site next = SiteAssembler.assemble(config, loaded.content(), loaded.metrics(), request.drafts(), own);
        return new Assembled(next, own.sorted());
    }

    /** The only pages to render, when {@code next} differs from the last site in bodies and metrics alone. */
    private Optional<Set<Page>> changedPages(Optional<BodySwap> swap, Site next) {
        return swap.map(BodySwap::changed)
                .or(() -> Optional.ofNullable(site).flatMap(last -> BodySwap.within(last, next)).map(BodySwap::changed));
    }

    private RenderMemory.Session sessionFor(Optional<Set<Page>> only) {
        // A fresh memory has nothing to skip with: every page renders.
        return only.isPresent() && !memory.isEmpty() ? memory.beginFor(only.get()) : memory.begin();
    }

    /**
     * Writes the rendered files and deletes the page files no longer made; afterwards
     * {@link #pagePaths} holds the files this update keeps.
     */
    private OutputFolder.Counts publishPages(Map<String, OutputFile> files, RenderMemory.Session session,
            Metrics metrics) throws IOException {
        Set<String> live = new HashSet<>(files.keySet());
        live.addAll(session.kept());
        if (session.partial()) {
            // The files of pages not rendered stay; with the same metrics, so do the charts of report pages.
            live.addAll(metrics == metricsOfSite ? pagePaths : session.skipped());
        }
        Set<String> gone = new HashSet<>(pagePaths);
        gone.removeAll(live);
        gone.removeAll(siteFilePaths);
        OutputFolder.Counts counts = folder.publish(files.values(), gone);
        pagePaths = live;
        return counts;
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
        Clock clock = new Clock();
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
        Map<String, OutputFile> files = work.batch().take();
        Set<String> gone = new HashSet<>(siteFilePaths);
        gone.removeAll(pagePaths);
        gone.removeAll(files.keySet());
        OutputFolder.Counts counts = folder.publish(files.values(), gone);
        clock.lap("write site files");
        siteFilePaths = Set.copyOf(files.keySet());
        siteFilesOf = work.site();
        memory.keepTexts(work.session());
        BuildResult done = new BuildResult(work.result().problems(), work.result().pages(),
                pagePaths.size() + siteFilePaths.size());
        return new Outcome(done, 0, counts.written(), counts.deleted(), false, clock.phases());
    }

    /** Whether the sitemap, feed and search indexes on disk are those of the last good update. */
    public boolean finished() {
        return unfinished == null;
    }

    private void remember(Site next, ContentSet content, Metrics metrics, List<Problem> assembly) {
        site = next;
        contentOfSite = content;
        metricsOfSite = metrics;
        assemblyProblems = assembly;
    }

    private Outcome failed(Problems problems, Clock clock) {
        return new Outcome(SiteBuild.result(problems, request, 0, 0), 0, 0, 0, false, clock.phases());
    }

    /** The files a render hands over, from several threads; taken in batches. */
    private static final class Batch implements Consumer<OutputFile> {
        private volatile Map<String, OutputFile> files = new ConcurrentHashMap<>();

        @Override
        public void accept(OutputFile file) {
            if (files.putIfAbsent(file.path(), file) != null) {
                throw new IllegalStateException("two outputs for " + file.path());
            }
        }

        Map<String, OutputFile> take() {
            Map<String, OutputFile> taken = files;
            files = new ConcurrentHashMap<>();
            return taken;
        }
    }

    /** Times the phases of one step. */
    private static final class Clock {
        private final Map<String, Double> phases = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            phases.put(phase, (now - last) / 1e6);
            last = now;
        }

        Map<String, Double> phases() {
            return Collections.unmodifiableMap(phases);
        }
    }
}
