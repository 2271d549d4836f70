package io.cxsite.fuzz;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.SiteBuild;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.FeedbackLoader;
import io.cxsite.metrics.MetricsLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The readers as a build calls them, each through its public entry point, under the invariants:
 * nothing printed, and every problem located ({@link Invariants}).
 */
final class Pipeline {
    /** A site.yaml that is right, for targets that fuzz another file. */
    static final byte[] SITE_YAML = "title: Fuzz\nbaseUrl: https://fuzz.example/\nlanguages: [en, sv]\n"
            .getBytes(StandardCharsets.UTF_8);

    /** A fixed build day, so a fuzzed input reads the same on every run. */
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 6);

    private Pipeline() {
    }

    /** site.yaml, then topics and feedback exports with site.yaml's rules, then metric snapshots merged with them. */
    static List<Problem> readData(FuzzSite site) throws Exception {
        Problems problems = new Problems();
        Invariants.quietly(() -> {
            SiteConfig config = ConfigLoader.load(site.dir(), problems);
            FeedbackData feedback = FeedbackLoader.load(site.dir(), config.feedback(), TODAY, problems);
            MetricsLoader.load(site.dir(), feedback, TODAY, problems);
        });
        List<Problem> list = problems.sorted();
        Invariants.locatedProblems(list, site.files());
        return list;
    }

    /**
     * A check of the whole site, as {@code cxsite check} runs it: every reader, the assembler (report
     * blocks, flows, links) and the renderer, writing nothing.
     */
    static List<Problem> check(FuzzSite site) throws Exception {
        Path dir = site.dir();
        BuildRequest request = new BuildRequest(dir, Optional.empty(), Optional.empty(), Optional.empty(), false, false);
        AtomicReference<List<Problem>> problems = new AtomicReference<>();
        Invariants.quietly(() -> problems.set(SiteBuild.run(request).problems()));
        Invariants.locatedProblems(problems.get(), site.files());
        return problems.get();
    }
}
