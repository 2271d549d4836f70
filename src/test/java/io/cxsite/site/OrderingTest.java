package io.cxsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.config.AudienceScope;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentSet;
import io.cxsite.content.FrontMatter;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;
import org.junit.jupiter.api.Test;

/** Pages list by weight (unweighted last), then newest date, then title in the site's language. */
class OrderingTest {
    private static PageSource page(String name, int weight, String date, String title) {
        FrontMatter meta = new FrontMatter(title, "", Optional.ofNullable(date).map(LocalDate::parse), false, weight,
                List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), 2);
        return new PageSource("content/g/" + name + ".md", "g/" + name + ".md", meta, new Document(), List.of(),
                List.of(), List.of(), 4);
    }

    @Test
    void ordersByWeightThenNewestDateThenTitle() {
        ContentSet content = new ContentSet(List.of(
                page("a", 0, "2026-01-01", "Zebra"),
                page("b", 2, null, "Second by weight"),
                page("c", 0, "2026-05-01", "Newest unweighted"),
                page("d", 1, "2020-01-01", "First by weight"),
                page("e", 0, "2026-01-01", "Älg"),
                page("f", 0, "2026-01-01", "apple"),
                page("g", 0, null, "Undated")), List.of());
        SiteConfig config = new SiteConfig("T", "", "https://x.example/", "sv", "default", AudienceScope.ALL, "",
                SiteConfig.DEFAULT_EXPECTATIONS, io.cxsite.config.FeedbackConfig.DEFAULTS,
                List.of("sv"), io.cxsite.config.HelpConfig.NONE, io.cxsite.config.Statistics.DEFAULTS,
                io.cxsite.config.HostingConfig.NONE);
        Problems problems = new Problems();
        Site site = SiteAssembler.assemble(config, content, Metrics.EMPTY, false, problems);
        assertEquals(List.of(), problems.sorted());
        // Swedish collation puts Ä after Z; case does not decide before letters do.
        assertEquals(List.of("First by weight", "Second by weight", "Newest unweighted", "apple", "Zebra", "Älg", "Undated"),
                site.section("g/").orElseThrow().pages().stream().map(Page::title).toList());
    }
}
