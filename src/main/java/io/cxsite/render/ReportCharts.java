package io.cxsite.render;

import io.cxsite.charts.Band;
import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.config.SiteConfig;
import io.cxsite.metrics.KpiChart;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Nps;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import io.cxsite.site.ReportSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Turns a checked {@code cx-chart} block and the site's metrics into the chart's data. */
final class ReportCharts {
    private final Metrics metrics;
    private final SiteConfig config;

    ReportCharts(Metrics metrics, SiteConfig config) {
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * The block's periods and their snapshots, with the words every title shares: who the chart is
     * about and the span it covers.
     */
    private record Range(List<Period> periods, List<String> labels, List<Snapshot> snaps, String who, String span) {
    }

    ChartSpec chart(ReportSpec spec) {
        KpiChart which = spec.chart();
        Range r = range(spec);
        ChartSpec chart = switch (which) {
            case NPS_TREND -> npsTrend(r);
            case NPS_GROUPS -> npsGroups(r);
            case NPS_BY_CHANNEL -> npsByChannel(r, spec.channel());
            case NPS_BY_SEGMENT -> npsBySegment(r);
            case CONTACTS_BY_CHANNEL -> contactsByChannel(r, spec.channel());
            case FIRST_RESPONSE_TIME -> firstResponseTime(spec, r.periods(), r.snaps(), r.who(), r.span());
            case CSAT_TREND -> csatTrend(r);
            case CES_TREND -> cesTrend(r);
        };
        return withId(which.key(), chart);
    }

    private Range range(ReportSpec spec) {
        List<Period> periods = metrics.range(spec.by(), spec.from(), spec.to());
        List<String> labels = periods.stream().map(Period::shortLabel).toList();
        List<Snapshot> snaps = periods.stream().map(p -> metrics.get(p, spec.segment()).orElse(null)).toList();
        String who = spec.segment().map(s -> " (" + s + ")").orElse("");
        String span = periods.isEmpty() ? "no periods" : periods.size() == 1 ? periods.get(0).label()
                : periods.get(0).label() + " to " + periods.get(periods.size() - 1).label();
        return new Range(periods, labels, snaps, who, span);
    }

    /** NPS per period with its margin of error as a band. */
    private static ChartSpec npsTrend(Range r) {
        List<Double> score = values(r.snaps(), s -> s.nps().map(Nps::score));
        List<Double> moe = values(r.snaps(), s -> s.nps().map(Nps::marginOfError));
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int i = 0; i < score.size(); i++) {
            boolean known = score.get(i) != null && moe.get(i) != null;
            low.add(known ? score.get(i) - moe.get(i) : null);
            high.add(known ? score.get(i) + moe.get(i) : null);
        }
        return trend(new ChartSpec("c", ChartKind.LINE, "NPS" + r.who() + ", " + r.span(),
                "Net Promoter Score per period with its 95 % margin of error as a band.", r.labels(),
                List.of(new Series("NPS", score)), Optional.of(new Band("95 % margin of error", low, high)),
                OptionalDouble.empty(), "Target", ValueFormat.signed(1, "")), r.snaps(), "nps", 1);
    }

    /** The share of each NPS group per period, stacked. */
    private static ChartSpec npsGroups(Range r) {
        List<Snapshot> snaps = r.snaps();
        return new ChartSpec("c", ChartKind.STACKED_BARS,
                "Promoters, passives and detractors" + r.who() + ", " + r.span(),
                "Share of answers in each NPS group per period, detractors at the bottom.", r.labels(), List.of(
                        // In this order the palette gives promoters green and detractors blue.
                        new Series("Detractors", values(snaps, s -> s.nps().filter(Nps::counted)
                                .map(n -> share(n.detractors(), n.responses())))),
                        new Series("Passives", values(snaps, s -> s.nps().filter(Nps::counted)
                                .map(n -> share(n.passives(), n.responses())))),
                        new Series("Promoters", values(snaps, s -> s.nps().filter(Nps::counted)
                                .map(n -> share(n.promoters(), n.responses()))))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, " %"));
    }

    private static ChartSpec npsByChannel(Range r, Optional<String> channel) {
        List<Snapshot> snaps = r.snaps();
        return new ChartSpec("c", ChartKind.GROUPED_BARS, "NPS by channel" + r.who() + ", " + r.span(),
                "NPS of the answers whose last contact was through each channel.", r.labels(),
                channels(snaps, s -> s.npsByChannel().keySet(), channel).stream().map(c -> new Series(c,
                        values(snaps, s -> Optional.ofNullable(s.npsByChannel().get(c)).map(Nps::score)))).toList(),
                Optional.empty(), target(snaps, "nps"), "Target", ValueFormat.signed(1, ""));
    }

    /** One series per customer segment, whatever segment the block names. */
    private ChartSpec npsBySegment(Range r) {
        return new ChartSpec("c", ChartKind.GROUPED_BARS, "NPS by segment, " + r.span(),
                "NPS of each customer segment.", r.labels(), metrics.segments().stream().map(seg -> new Series(seg,
                        values(r.periods().stream().map(p -> metrics.get(p, Optional.of(seg)).orElse(null)).toList(),
                                s -> s.nps().map(Nps::score)))).toList(),
                Optional.empty(), target(r.snaps(), "nps"), "Target", ValueFormat.signed(1, ""));
    }

    /** Lines over several periods, bars for one. */
    private static ChartSpec contactsByChannel(Range r, Optional<String> channel) {
        List<Snapshot> snaps = r.snaps();
        return new ChartSpec("c", r.periods().size() > 1 ? ChartKind.LINE : ChartKind.GROUPED_BARS,
                "Contacts by channel" + r.who() + ", " + r.span(), "Number of customer contacts per channel and period.",
                r.labels(), channels(snaps, s -> s.contacts().keySet(), channel).stream().map(c -> new Series(c,
                        values(snaps, s -> Optional.ofNullable(s.contacts().get(c)).map(Long::doubleValue)))).toList(),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, ""));
    }

    private static ChartSpec csatTrend(Range r) {
        return trend(new ChartSpec("c", ChartKind.LINE, "CSAT" + r.who() + ", " + r.span(),
                "Share of satisfied answers (4 or 5 out of 5) per period.", r.labels(),
                List.of(new Series("CSAT", values(r.snaps(), s -> boxed(s.csat()).map(v -> v * 100)))),
                Optional.empty(), OptionalDouble.empty(), "Target", ValueFormat.of(1, " %")), r.snaps(), "csat", 100);
    }

    private static ChartSpec cesTrend(Range r) {
        return trend(new ChartSpec("c", ChartKind.LINE, "CES" + r.who() + ", " + r.span(),
                "Customer effort score, the mean answer on a 1-7 scale where 7 is easiest.", r.labels(),
                List.of(new Series("CES", values(r.snaps(), s -> boxed(s.ces())))),
                Optional.empty(), OptionalDouble.empty(), "Target", ValueFormat.of(1, "")), r.snaps(), "ces", 1);
    }

    /**
     * With one channel: its trend against its target. Otherwise each channel's median first
     * response in the last period of the range beside what customers expect of that channel.
     */
    private ChartSpec firstResponseTime(ReportSpec spec, List<Period> periods, List<Snapshot> snaps, String who,
            String span) {
        if (spec.channel().isPresent()) {
            String c = spec.channel().get();
            return new ChartSpec("c", ChartKind.LINE, "First response time, " + c + who + ", " + span,
                    "Median time to the first answer through " + c + ", in minutes.", periods.stream()
                            .map(Period::shortLabel).toList(),
                    List.of(new Series(c, values(snaps, s -> Optional.ofNullable(s.firstResponseTime().get(c))
                            .map(v -> v / 60)))),
                    Optional.empty(), scaled(expectation(snaps, c), 1 / 60.0), "Target", ValueFormat.of(1, " min"));
        }
        // The newest period in the range that has response times.
        Snapshot last = null;
        for (int i = snaps.size() - 1; i >= 0 && last == null; i--) {
            if (snaps.get(i) != null && !snaps.get(i).firstResponseTime().isEmpty()) {
                last = snaps.get(i);
            }
        }
        Snapshot newest = last;
        List<String> channels = last == null ? List.of() : List.copyOf(last.firstResponseTime().keySet());
        String when = last == null ? span : last.period().label();
        return new ChartSpec("c", ChartKind.GROUPED_BARS, "First response time by channel" + who + ", " + when,
                "Median time to the first answer per channel, in minutes, beside the time customers expect (the"
                        + " target, else the expectation in site.yaml).",
                channels, List.of(
                        new Series("Median", channels.stream().map(c -> newest.firstResponseTime().get(c) / 60).toList()),
                        new Series("Expected", channels.stream()
                                .map(c -> expectation(List.of(newest), c).getAsDouble() / 60).toList())),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(1, " min"));
    }

    /**
     * A trend's target: one dashed line when it held for the whole range, else a "Target" series
     * that steps where the target changed, so no period is judged against a later target.
     */
    private static ChartSpec trend(ChartSpec c, List<Snapshot> snaps, String key, double factor) {
        List<Double> targets = values(snaps, s -> boxed(s.target(key)).map(t -> t * factor));
        if (targets.stream().allMatch(java.util.Objects::isNull)) {
            return c;
        }
        if (targets.stream().distinct().count() == 1) {
            return new ChartSpec(c.id(), c.kind(), c.title(), c.description(), c.labels(), c.series(), c.band(),
                    OptionalDouble.of(targets.get(0)), c.targetLabel(), c.format());
        }
        List<Series> series = new ArrayList<>(c.series());
        series.add(new Series("Target", targets));
        return new ChartSpec(c.id(), c.kind(), c.title(), c.description(), c.labels(), series, c.band(),
                OptionalDouble.empty(), c.targetLabel(), c.format());
    }

    /** The channel's target in the snapshots, else what customers expect of it (site.yaml's responseExpectations). */
    private OptionalDouble expectation(List<Snapshot> snaps, String channel) {
        OptionalDouble target = target(snaps, "firstResponseTime." + channel);
        return target.isPresent() ? target : OptionalDouble.of(config.expectedResponse(channel));
    }

    /** The target in effect at the last period shown. */
    private static OptionalDouble target(List<Snapshot> snaps, String key) {
        for (int i = snaps.size() - 1; i >= 0; i--) {
            if (snaps.get(i) != null) {
                return snaps.get(i).target(key);
            }
        }
        return OptionalDouble.empty();
    }

    private static List<String> channels(List<Snapshot> snaps, Function<Snapshot, Set<String>> of, Optional<String> only) {
        Set<String> channels = new TreeSet<>();
        snaps.stream().filter(s -> s != null).forEach(s -> channels.addAll(of.apply(s)));
        return only.map(o -> channels.contains(o) ? List.of(o) : List.<String>of()).orElse(List.copyOf(channels));
    }

    private static List<Double> values(List<Snapshot> snaps, Function<Snapshot, Optional<Double>> value) {
        List<Double> values = new ArrayList<>();
        for (Snapshot s : snaps) {
            values.add(s == null ? null : value.apply(s).orElse(null));
        }
        return values;
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    private static OptionalDouble scaled(OptionalDouble value, double factor) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : value;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** The chart's id is its name and a hash of what it shows: the same chart gets the same file everywhere. */
    static ChartSpec withId(String name, ChartSpec c) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.toString().getBytes(StandardCharsets.UTF_8));
            String id = name + "-" + HexFormat.of().formatHex(hash, 0, 5);
            return new ChartSpec(id, c.kind(), c.title(), c.description(), c.labels(), c.series(), c.band(), c.target(),
                    c.targetLabel(), c.format());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
