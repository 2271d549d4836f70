package io.cxsite.browser;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every browser test shares, made once per test run: the repository's sample site built into
 * target/browser-site with the base URL {@code http://127.0.0.1:<port>/repo/}, served there, and
 * one headless Chromium. Internal reports are included, so that report pages can be tested.
 */
final class BrowserSite implements AutoCloseable {
    static final String REQUIRED_VARIABLE = "CXSITE_BROWSER_TESTS";
    static final String SKIPPED = "browser tests skipped: install chromium and chromium-driver"
            + " (apt-get install -y chromium chromium-driver) to run them";

    private static final Path TARGET = TestSite.REPO.resolve("target");

    private final SiteServer server;
    private final Browser browser;
    private final Axe axe;

    private BrowserSite(SiteServer server, Browser browser, Axe axe) {
        this.server = server;
        this.browser = browser;
        this.axe = axe;
    }

    /** True when {@code CXSITE_BROWSER_TESTS=required}: a missing browser fails the run instead of skipping. */
    static boolean required() {
        return "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
    }

    static BrowserSite start() throws Exception {
        if (!Browser.installed()) {
            String missing = Stream.of(Browser.CHROMIUM, Browser.CHROMEDRIVER).filter(p -> !Files.isExecutable(p))
                    .map(Path::toString).collect(Collectors.joining(" and "));
            throw new IllegalStateException(REQUIRED_VARIABLE + "=required, but " + missing
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        long started = System.nanoTime();
        SiteServer server = SiteServer.start();
        try {
            Path output = TARGET.resolve("browser-site");
            BuildResult result = SiteBuild.run(new BuildRequest(TestSite.REPO, Optional.of(output),
                    Optional.of(server.baseUrl()), Optional.of(AudienceScope.ALL), false, false));
            if (result.failed()) {
                throw new IllegalStateException("the sample site does not build:\n" + result.problems().stream()
                        .map(Problem::format).collect(Collectors.joining("\n")));
            }
            server.serve(output);
            long built = System.nanoTime();
            Path screenshots = TARGET.resolve("browser-screenshots");
            clear(screenshots);
            Axe axe = Axe.load(screenshots.resolve("axe-violations.txt"));
            Browser browser = Browser.start(server.baseUrl(), screenshots);
            System.out.printf("browser tests: sample site built in %d ms, Chromium started in %d ms, serving %s%n",
                    (built - started) / 1_000_000, (System.nanoTime() - built) / 1_000_000, server.baseUrl());
            return new BrowserSite(server, browser, axe);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** Removes the last run's pictures, so that what is there for review is this run's. */
    private static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    Browser browser() {
        return browser;
    }

    Axe axe() {
        return axe;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
