package io.cxsite.content;

import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One generated report page per period under {@code reports/periods/}, written as the Markdown an
 * author would write (KPI cards and charts as {@code cx-} blocks), so it goes through the same
 * checks, URLs, audience rules and templates as every other page.
 */
public final class PeriodPages {
    public static final String FOLDER = "reports/periods";
    /** How many periods the trend on a period page shows, this one included. */
    private static final int TREND_PERIODS = 12;

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

    /**
     * Whether {@code contentPath} is one of the generated pages of a period (not the periods' index):
     * such pages stay out of "Recent pages" and the feed, which are for what people wrote.
     */
    public static boolean isPeriodPage(String contentPath) {
        return contentPath.startsWith(FOLDER + "/") && !contentPath.endsWith("/_index.md");
    }

    /** The period a generated period page shows, from its content path. */
    public static Optional<Period> periodOf(String contentPath) {
        if (!isPeriodPage(contentPath)) {
            return Optional.empty();
        }
        String name = contentPath.substring(FOLDER.length() + 1);
        return name.endsWith(".md") ? Period.parse(name.substring(0, name.length() - 3)) : Optional.empty();
    }

    /**
     * The generated pages, for periods that have begun by {@code today}; each is dated its last
     * day, or {@code today} while it is still running, never a day that has not come.
     */
    public static List<PageSource> generate(Metrics metrics, ContentSet content, LocalDate today, Problems problems) {
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
        Map<Period.Kind, List<Period>> withNps = withNps(metrics);
        // In parallel, in period order: a site with a few years of weekly answers has hundreds of these.
        pages.addAll(metrics.periods().parallelStream().filter(period -> !period.start().isAfter(today))
                .map(period -> {
                    Snapshot snapshot = metrics.get(period, Optional.empty()).orElseThrow();
                    LocalDate date = period.end().isAfter(today) ? today : period.end();
                    return page(FOLDER + "/" + period.key() + ".md",
                            body(metrics, withNps.get(period.kind()), period, snapshot, date), problems);
                })
                .toList());
        return pages;
    }

    /** Per kind, the periods whose snapshot for all customers has an NPS, in time order. */
    private static Map<Period.Kind, List<Period>> withNps(Metrics metrics) {
        Map<Period.Kind, List<Period>> withNps = new EnumMap<>(Period.Kind.class);
        for (Period.Kind kind : Period.Kind.values()) {
            withNps.put(kind, metrics.periods(kind).stream()
                    .filter(p -> metrics.get(p, Optional.empty()).flatMap(Snapshot::nps).isPresent()).toList());
        }
        return withNps;
    }

    private static String body(Metrics metrics, List<Period> withNps, Period period, Snapshot snapshot,
            LocalDate date) {
        String by = period.kind().name().toLowerCase(java.util.Locale.ROOT);
        String range = " from=" + period.key() + " to=" + period.key() + " by=" + by;
        StringBuilder md = new StringBuilder();
        md.append("---\n")
                .append("title: \"").append(period.label())
                .append(snapshot.partial() ? " (" + snapshot.months() + " of " + period.months().size() + " months)" : "")
                .append("\"\n")
                .append("description: \"KPIs of ").append(period.label()).append(" for all customers.\"\n")
                .append("date: ").append(date).append('\n')
                .append("tags: [report]\n")
                .append("---\n")
                .append("Source: ").append(snapshot.source().replace("_", "\\_")).append(".\n\n")
                .append("```cx-kpi all period=").append(period.key()).append("\n```\n\n");
        trend(withNps, period, snapshot, by, md);
        if (!metrics.voice().drivers(period).isEmpty()) {
            md.append("## What drives NPS\n\nWhich topics customers mention, and how many NPS points the detractors"
                    + " among them cost.\n\n```cx-drivers period=").append(period.key()).append("\n```\n\n");
        }
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

    /**
     * NPS over the last twelve periods of this kind up to this one, when there are two or more;
     * {@code withNps} are the periods of this kind with an NPS.
     */
    private static void trend(List<Period> withNps, Period period, Snapshot snapshot, String by, StringBuilder md) {
        List<Period> earlier = withNps.stream().filter(p -> p.compareTo(period) <= 0).toList();
        if (earlier.size() < 2 || snapshot.nps().isEmpty()) {
            return;
        }
        Period from = earlier.get(Math.max(0, earlier.size() - TREND_PERIODS));
        md.append("## NPS trend\n\n```cx-chart nps-trend from=").append(from.key()).append(" to=").append(period.key())
                .append(" by=").append(by).append("\n```\n\n");
    }

    private static PageSource page(String contentPath, String markdown, Problems problems) {
        return ContentLoader.read(ContentLoader.CONTENT + "/" + contentPath, contentPath,
                markdown.getBytes(StandardCharsets.UTF_8), problems);
    }
}
