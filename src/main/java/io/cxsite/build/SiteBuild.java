package io.cxsite.build;

import io.cxsite.check.SiteCheck;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.BuildDay;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentLoader;
import io.cxsite.content.ContentSet;
import io.cxsite.content.PeriodPages;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.FeedbackLoader;
import io.cxsite.metrics.KpiSettings;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.MetricsLoader;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.publish.Staging;
import io.cxsite.render.SiteRenderer;
import io.cxsite.site.Site;
import io.cxsite.site.SiteAssembler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One build: load -> assemble -> render -> publish, stopping before rendering when the input is wrong. */
public final class SiteBuild {
    private SiteBuild() {
    }

    public static BuildResult run(BuildRequest request) throws IOException {
        Problems problems = new Problems();
        Optional<Assembled> assembled = assemble(request, problems);
        if (assembled.isEmpty()) {
            return result(problems, request, 0, 0);
        }
        Site site = assembled.get().site();
        // A check writes nothing, not even the chart cache.
        SiteRenderer renderer = new SiteRenderer(request.siteDir(), site.config().theme(), request.output().isPresent());
        int pages = pageCount(site);
        if (request.output().isEmpty()) {
            return result(problems, request, pages, check(site, assembled.get().written(), renderer, problems));
        }
        try (Staging staging = Staging.beside(request.siteDir(), request.output().get())) {
            renderer.render(site, staging, problems);
            if (failed(problems, request)) {
                return result(problems, request, 0, 0);
            }
            staging.commit();
            // A public build shows only part of the charts: keep the others for the next full build.
            if (site.config().audience() == AudienceScope.ALL) {
                renderer.pruneChartCache();
            }
            return result(problems, request, pages, staging.fileCount());
        }
    }

    /**
     * Checks a folder built earlier, file by file as it is on disk, against the site as {@code request}
     * describes it: what {@code cxsite check} checks of a fresh render, and under {@code --audience
     * public} anything internal in the folder. The folder must have been built with the same base URL.
     */
    public static BuildResult checkBuilt(BuildRequest request, Path folder) throws IOException {
        Problems problems = new Problems();
        Optional<Assembled> assembled = assemble(request, problems);
        if (assembled.isEmpty()) {
            return result(problems, request, 0, 0);
        }
        Site site = assembled.get().site();
        SiteCheck check = SiteCheck.of(site, assembled.get().written().pages());
        BuiltFolder.read(folder, check);
        check.check(problems);
        return result(problems, request, pageCount(site), check.fileCount());
    }

    /**
     * What a build counts as its pages, and says so: every Markdown page and section index of the
     * site, generated report pages included; not tag pages, search pages, redirects or 404.html.
     */
    public static int pageCount(Site site) {
        return site.pages().size() + site.sections().size();
    }

    /** The site assembled from its sources, with the Markdown as written; empty when a problem stops the build. */
    private static Optional<Assembled> assemble(BuildRequest request, Problems problems) throws IOException {
        SiteConfig config = config(request, problems);
        LocalDate today = BuildDay.today(config.feedback().timeZone());
        FeedbackData feedback = FeedbackLoader.load(request.siteDir(), config.feedback(), today, problems);
        Metrics metrics = MetricsLoader.load(request.siteDir(), feedback, today, KpiSettings.of(config), problems);
        ContentSet written = ContentLoader.load(request.siteDir(), problems);
        ContentSet content = written.withPages(PeriodPages.generate(metrics, written, today, problems));
        if (failed(problems, request)) {
            return Optional.empty();
        }
        Site site = SiteAssembler.assemble(config, content, metrics, request.drafts(), problems);
        return failed(problems, request) ? Optional.empty() : Optional.of(new Assembled(site, written));
    }

    private record Assembled(Site site, ContentSet written) {
    }

    /**
     * A check writes nothing: {@link SiteCheck} reads every rendered file and reports the site as
     * people will use it (links, anchors, alt texts, titles, reachability, audience), pointing into
     * the Markdown the author wrote ({@code written}). Returns the file count.
     */
    private static int check(Site site, ContentSet written, SiteRenderer renderer, Problems problems)
            throws IOException {
        SiteCheck check = SiteCheck.of(site, written.pages());
        renderer.render(site, check, problems);
        // A template error leaves pages out: links to them would only repeat it.
        if (!problems.hasErrors()) {
            check.check(problems);
        }
        return check.fileCount();
    }

    // The three steps below are public for serve's incremental build, which runs the same phases
    // and must configure, stop and report exactly as a full build does.

    /** site.yaml with the request's base URL and audience, where it gives them; problems go to {@code problems}. */
    public static SiteConfig config(BuildRequest request, Problems problems) throws IOException {
        SiteConfig config = ConfigLoader.load(request.siteDir(), problems);
        config = request.baseUrl().map(config::withBaseUrl).orElse(config);
        return request.audience().map(config::withAudience).orElse(config);
    }

    /** Whether {@code problems} stop the build: an error, or under {@code --strict} a warning. */
    public static boolean failed(Problems problems, BuildRequest request) {
        return problems.sorted().stream().anyMatch(p -> p.isError() || request.strict() && p.asError().isError());
    }

    /** The result of a build that made {@code pages} pages and {@code files} files: problems sorted, strict applied. */
    public static BuildResult result(Problems problems, BuildRequest request, int pages, int files) {
        List<Problem> list = problems.sorted().stream().map(p -> request.strict() ? p.asError() : p).toList();
        return new BuildResult(list, pages, files);
    }
}
