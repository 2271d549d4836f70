package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.check.SiteCheck;
import io.cxsite.cli.Cxsite;
import io.cxsite.config.AudienceScope;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentLoader;
import io.cxsite.content.ContentSet;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.MetricsLoader;
import io.cxsite.render.OutputFile;
import io.cxsite.render.SiteRenderer;
import io.cxsite.site.Site;
import io.cxsite.site.SiteAssembler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file under content/ takes the audience of the pages that use it: the image and CSV beside an
 * internal page stay out of a public build, a file a public page uses too is published, and a
 * file no page uses keeps its folder's audience.
 */
class FileAudienceTest {
    @TempDir
    Path dir;

    static final String SITE = """
            -- site.yaml --
            title: Files
            baseUrl: https://acme.example/
            -- content/_index.md --
            ---
            title: Home
            ---
            Read the [guides](guides/_index.md).
            -- content/guides/_index.md --
            ---
            title: Guides
            ---
            [NPS](nps.md)
            -- content/guides/nps.md --
            ---
            title: NPS
            ---
            ![Our logo](shared.png)
            -- content/guides/review.md --
            ---
            title: Churn review
            audience: internal
            ---
            ![Our logo](shared.png)

            ![Churn by month](review-chart.png) from [the raw data](review-data.csv).
            -- content/guides/shared.png --
            shared
            -- content/guides/review-chart.png --
            chart
            -- content/guides/review-data.csv --
            month,churn
            -- content/guides/leaflet.pdf --
            used by no page: the folder is public
            -- content/reports/_index.md --
            ---
            title: Reports
            ---
            -- content/reports/notes.txt --
            used by no page: the folder is internal
            """;

    @Test
    void aPublicBuildLeavesOutFilesOnlyInternalPagesUse() {
        TestSite site = TestSite.write(dir, SITE);

        BuildResult result = site.build(AudienceScope.PUBLIC);

        assertEquals(List.of(), result.problems());
        assertFalse(site.exists("guides/review/index.html"));
        assertFalse(site.exists("guides/review-chart.png"), "the internal page's image");
        assertFalse(site.exists("guides/review-data.csv"), "the internal page's data");
        assertFalse(site.exists("reports/notes.txt"), "a file of an internal folder that no page uses");
        assertTrue(site.exists("guides/shared.png"), "a public page uses it too");
        assertTrue(site.exists("guides/leaflet.pdf"), "a file of a public folder that no page uses");
        assertTrue(site.read("guides/nps/index.html").contains("src=\"/guides/shared.png\""));
    }

    @Test
    void aBuildOfAllAudiencesPublishesEveryFile() {
        TestSite site = TestSite.write(dir, SITE);

        BuildResult result = site.build(AudienceScope.ALL);

        assertEquals(List.of(), result.problems());
        for (String file : List.of("guides/review-chart.png", "guides/review-data.csv", "guides/shared.png",
                "guides/leaflet.pdf", "reports/notes.txt")) {
            assertTrue(site.exists(file), file);
        }
    }

    @Test
    void checkPassesAPublicSiteWhoseInternalFilesStayOut() {
        TestSite.write(dir, SITE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Cxsite.run(new String[] {"check", "-s", dir.toString(), "--audience", "public"},
                new PrintWriter(out), new PrintWriter(err), Map.of());

        assertEquals(Cxsite.OK, code, err.toString());
    }

    /** The check does not trust the assembler: it looks for such files in what was rendered. */
    @Test
    void checkFailsAPublicSiteThatCarriesAFileOnlyInternalPagesUse() throws IOException {
        TestSite.write(dir, SITE);
        Problems problems = new Problems();
        BuildRequest request = new BuildRequest(dir, Optional.empty(), Optional.empty(),
                Optional.of(AudienceScope.PUBLIC), false, false);
        SiteConfig config = SiteBuild.config(request, problems);
        ContentSet content = ContentLoader.load(dir, problems);
        Site site = SiteAssembler.assemble(config, content, MetricsLoader.load(dir, java.time.LocalDate.of(2026, 12, 6),
                problems), false, problems);
        SiteCheck check = SiteCheck.of(site, content.pages());
        new SiteRenderer(dir, config.theme()).render(site, check, problems);

        check.accept(new OutputFile("guides/review-data.csv", "text/csv", "month,churn\n".getBytes()));
        check.check(problems);

        assertEquals(List.of("content/guides/review-data.csv:1:1: error: a public build must not contain"
                + " guides/review-data.csv, which only internal pages use (content/guides/review.md:7:42); link to it"
                + " from a public page, or leave it out"),
                problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void checkNamesAFileOnlyInternalPagesUseWhenAPublicPageLinksToItInHtml() throws IOException {
        TestSite.write(dir, SITE + """
                -- content/guides/csat.md --
                ---
                title: CSAT
                ---
                See [NPS](nps.md) and <a href="../review-data.csv">the data</a>.
                """);

        BuildResult result = SiteBuild.run(new BuildRequest(dir, Optional.empty(), Optional.empty(),
                Optional.of(AudienceScope.PUBLIC), false, false));

        assertEquals(List.of("content/guides/csat.md:4:23: error: <a href=\"../review-data.csv\">: links to"
                + " content/guides/review-data.csv, which only internal pages use (content/guides/review.md:7:42),"
                + " in a public build"), result.problems().stream().filter(Problem::isError).map(Problem::format).toList());
    }
}
