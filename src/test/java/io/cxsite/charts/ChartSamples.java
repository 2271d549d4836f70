package io.cxsite.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Charts like the ones an executive CX report carries, for the golden files and the tests. */
final class ChartSamples {
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    private ChartSamples() {
    }

    /** "Jan 2025" onwards, {@code count} months. */
    static List<String> months(int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(MONTHS.get(i % 12) + " " + (2025 + i / 12));
        }
        return labels;
    }

    /** 18 months of NPS around 20 to 35 with a dip to 12, a ±5 margin of error and a target of 30. */
    static ChartSpec npsTrend() {
        double[] nps = {21, 23.5, 22, 25, 24, 26.5, 19, 15, 12, 14.5, 18, 22, 25, 27, 28.5, 30, 29, 31.5};
        List<Double> values = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (double v : nps) {
            values.add(v);
            low.add(v - 5);
            high.add(v + 5);
        }
        return new ChartSpec("nps-trend", ChartKind.LINE, "NPS, last 18 months", "Monthly NPS across all channels.",
                months(18), List.of(new Series("NPS", values)), Optional.of(new Band("95% margin of error", low, high)),
                OptionalDouble.of(30), "Target", ValueFormat.signed(1, ""));
    }

    static ChartSpec npsMix() {
        return new ChartSpec("nps-mix", ChartKind.STACKED_BARS, "Promoters, passives and detractors",
                "Share of respondents per month.", months(18).subList(12, 18),
                List.of(new Series("Promoters", List.of(52.0, 50.0, 54.0, 55.0, 53.0, 57.0)),
                        new Series("Passives", List.of(30.0, 31.0, 29.0, 28.0, 30.0, 28.0)),
                        new Series("Detractors", List.of(18.0, 19.0, 17.0, 17.0, 17.0, 15.0))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, "%"));
    }

    static ChartSpec npsByChannel() {
        return new ChartSpec("nps-channel", ChartKind.GROUPED_BARS, "NPS by channel", "",
                List.of("Q1 2026", "Q2 2026", "Q3 2026"),
                List.of(new Series("Phone", List.of(12.0, 15.0, 18.0)),
                        new Series("Chat", List.of(31.0, 33.5, 35.0)),
                        new Series("Email", List.of(-8.0, -2.0, 4.0)),
                        new Series("Web", Arrays.asList(22.0, null, 26.0))),
                Optional.empty(), OptionalDouble.of(20), "Target", ValueFormat.signed(0, ""));
    }

    static ChartSpec firstResponseTime() {
        List<String> weeks = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            weeks.add("W" + i);
        }
        return new ChartSpec("first-response", ChartKind.LINE, "First response time", "Median minutes to first reply.",
                weeks,
                List.of(new Series("Phone", List.of(3.2, 3.5, 2.9, 3.1, 4.0, 3.8, 3.3, 3.0, 2.8, 2.7, 3.1, 2.9)),
                        new Series("Chat", Arrays.asList(1.2, 1.1, 1.4, 1.3, null, null, 1.6, 1.5, 1.2, 1.1, 1.0, 0.9)),
                        new Series("Email", List.of(42.0, 38.0, 45.0, 50.0, 47.0, 44.0, 40.0, 36.0, 35.0, 33.0, 31.0,
                                30.0)),
                        new Series("Web form", Arrays.asList(null, null, 58.0, 55.0, 60.0, 52.0, 49.0, 47.0, 45.0,
                                44.0, 40.0, 38.0))),
                Optional.empty(), OptionalDouble.of(30), "SLA", ValueFormat.of(1, " min"));
    }

    /**
     * Topics ranked by NPS impact, largest first, as the drivers block draws them: long names, one
     * too long for two lines, one too short to wrap.
     */
    static ChartSpec topicImpact() {
        return new ChartSpec("topic-impact", ChartKind.HORIZONTAL_BARS, "NPS impact by topic, October 2026",
                "Points of NPS lost to detractors who mention each topic, largest first.",
                List.of("Waiting and response times", "Bills and prices", "Login, BankID and My pages",
                        "Broadband speed", "Outages", "Moving house",
                        "Fees, interest rates and other charges on savings accounts and loans", "Chat"),
                List.of(new Series("NPS impact", List.of(6.3, 4.8, 3.5, 2.3, 1.5, 0.8, 0.5, 0.3))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(1, ""));
    }

    /** Horizontal bars with the given labels and one value each, some of them negative or missing. */
    static ChartSpec rows(String id, List<String> labels, Double... values) {
        return new ChartSpec(id, ChartKind.HORIZONTAL_BARS, "Chart " + id, "", labels,
                List.of(new Series("NPS", Arrays.asList(values))), Optional.empty(), OptionalDouble.empty(), "",
                ValueFormat.signed(0, ""));
    }

    /** A one-series line chart with the given values and nothing else. */
    static ChartSpec line(String id, List<String> labels, Double... values) {
        return new ChartSpec(id, ChartKind.LINE, "Chart " + id, "", labels,
                List.of(new Series("NPS", Arrays.asList(values))), Optional.empty(), OptionalDouble.empty(), "",
                ValueFormat.signed(0, ""));
    }
}
