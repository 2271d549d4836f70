package io.cxsite.browser;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One page of each kind the sample site has (home, section, help article with a flow, its Swedish
 * translation, contact, guide, the three kinds of report, change note, tag, tags, search, 404), by a
 * name for reports and screenshots and its path under the base URL.
 */
final class PageTypes {
    static final String HELP_ARTICLE = "help/billing/payment-failed/";
    static final String REPORT = "reports/2026-q3-executive-summary/";

    static final List<Arguments> ALL = List.of(
            Arguments.of("home", ""),
            Arguments.of("help-centre", "help/"),
            Arguments.of("help-article-with-flow", HELP_ARTICLE),
            Arguments.of("help-article-sv", "sv/help/billing/betalning-misslyckades/"),
            Arguments.of("help-contact", "help/contact/"),
            Arguments.of("guide", "guides/kpis/nps/"),
            Arguments.of("reports", "reports/"),
            Arguments.of("report", REPORT),
            Arguments.of("report-feedback", "reports/2026-10-what-customers-say/"),
            Arguments.of("report-period", "reports/periods/2026-Q3/"),
            Arguments.of("change", "changes/2026-03-clearer-bill/"),
            Arguments.of("tag", "tags/billing/"),
            Arguments.of("tags", "tags/"),
            Arguments.of("search", "search/?q=invoice"),
            Arguments.of("not-found", "no-such-page/"));

    private PageTypes() {
    }

    static Stream<Arguments> all() {
        return ALL.stream();
    }
}
