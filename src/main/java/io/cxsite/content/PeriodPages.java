package io.cxsite.content;

import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One generated report page per period under {@code reports/periods/}, written as the Markdown an
 * author would write (KPI cards and charts as {@code cx-} blocks), so it goes through the same
 * checks, URLs, audience rules and templates as every other page.
 */
public final class PeriodPages {
    public static final String FOLDER = "reports/periods";

    private static final String DASHBOARD = """
            ---
            title: "CX reports"
            description: "The latest customer-experience KPIs against their targets, and how they got here."
            audience: internal
            ---
            ```cx-kpi
            ```

            ## NPS against target

            ```cx-chart nps-trend
            ```

            ## Promoters, passives and detractors

            ```cx-chart nps-groups
            ```

            ## NPS by channel

            ```cx-chart nps-by-channel by=quarter
            ```

            ## Contacts by channel

            ```cx-chart contacts-by-channel
            ```

            ## First response time

            ```cx-chart first-response-time
            ```

            ## CSAT and CES

            ```cx-chart csat-trend
            ```

            ```cx-chart ces-trend
            ```
            """;

    private PeriodPages() {
    }

    /**
     * The generated pages; none when the site has no metrics. Without a {@code reports/_index.md}
     * of the author's, the reports dashboard is generated too: the latest KPIs and the standard charts.
     */
    /** Whether {@link #generate} makes the reports dashboard: the author wrote no {@code reports/_index.md}. */
    public static boolean addsDashboard(ContentSet content) {
        return content.pages().stream().noneMatch(p -> p.contentPath().equals("reports/_index.md"));
    }

    public static List<PageSource> generate(Metrics metrics, ContentSet content, Problems problems) {
        if (metrics.isEmpty()) {
            return List.of();
        }
        List<PageSource> pages = new ArrayList<>();
        if (addsDashboard(content)) {
            pages.add(page("reports/_index.md", DASHBOARD, problems));
        }
        pages.add(page(FOLDER + "/_index.md", """
                ---
                title: "Periods"
                description: "KPI cards and charts of every reporting period, newest first."
                weight: 90
                ---
                One page per month, quarter and year in content/metrics/. Quarters and years without a
                snapshot of their own are rolled up from their months.
                """, problems));
        for (Period period : metrics.periods()) {
            Snapshot snapshot = metrics.get(period, Optional.empty()).orElseThrow();
            pages.add(page(FOLDER + "/" + period.key() + ".md", body(metrics, period, snapshot), problems));
        }
        return pages;
    }

    private static String body(Metrics metrics, Period period, Snapshot snapshot) {
        String by = period.kind().name().toLowerCase(java.util.Locale.ROOT);
        String range = " from=" + period.key() + " to=" + period.key() + " by=" + by;
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: \"").append(period.label())
                .append(snapshot.partial() ? " (" + snapshot.months() + " of " + period.months().size() + " months)" : "")
                .append("\"\n")
                .append("description: \"KPIs of ").append(period.label()).append(" for all customers.\"\n")
                .append("date: ").append(period.end()).append('\n')
                .append("tags: [report]\n")
                .append("---\n")
                .append("Source: ").append(snapshot.source().replace("_", "\\_")).append(".\n\n")
                .append("```cx-kpi all period=").append(period.key()).append("\n```\n\n");
        if (!snapshot.npsByChannel().isEmpty()) {
            md.append("## NPS by channel\n\n```cx-chart nps-by-channel").append(range).append("\n```\n\n");
        }
        if (!metrics.segments().isEmpty() && metrics.segments().stream()
                .anyMatch(s -> metrics.get(period, Optional.of(s)).isPresent())) {
            md.append("## NPS by segment\n\n```cx-chart nps-by-segment").append(range).append("\n```\n\n");
        }
        if (!snapshot.contacts().isEmpty()) {
            md.append("## Contacts by channel\n\n```cx-chart contacts-by-channel").append(range).append("\n```\n\n");
        }
        if (!snapshot.firstResponseTime().isEmpty()) {
            md.append("## First response time\n\n```cx-chart first-response-time").append(range).append("\n```\n");
        }
        return md.toString();
    }

    private static PageSource page(String contentPath, String markdown, Problems problems) {
        return ContentLoader.read(ContentLoader.CONTENT + "/" + contentPath, contentPath,
                markdown.getBytes(StandardCharsets.UTF_8), problems);
    }
}
