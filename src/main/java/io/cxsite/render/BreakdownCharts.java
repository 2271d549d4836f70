package io.cxsite.render;

import static io.cxsite.render.SnapshotSeries.channels;
import static io.cxsite.render.SnapshotSeries.share;
import static io.cxsite.render.SnapshotSeries.target;
import static io.cxsite.render.SnapshotSeries.values;

import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Nps;
import io.cxsite.metrics.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds the charts that split a measure by NPS group, channel or customer segment. */
final class BreakdownCharts {
    private BreakdownCharts() {
    }

    /** The share of each NPS group per period, stacked. */
    static ChartSpec npsGroups(ReportCharts.Range r) {
        List<Snapshot> snaps = r.snaps();
        ChartText t = r.text();
        return new ChartSpec("c", ChartKind.STACKED_BARS,
                t.word("chartGroupsTitle", "Promoters, passives and detractors") + r.who() + ", " + r.span(),
                t.word("chartGroupsDescription", "Share of answers in each NPS group per period, detractors at the"
                        + " bottom."), r.labels(), List.of(
                        // In this order the palette gives promoters green and detractors blue.
                        new Series(t.word("chartDetractors", "Detractors"), values(snaps, s -> s.nps().filter(Nps::counted)
                                .map(n -> share(n.detractors(), n.responses())))),
                        new Series(t.word("chartPassives", "Passives"), values(snaps, s -> s.nps().filter(Nps::counted)
                                .map(n -> share(n.passives(), n.responses())))),
                        new Series(t.word("chartPromoters", "Promoters"), values(snaps, s -> s.nps().filter(Nps::counted)
                                .map(n -> share(n.promoters(), n.responses()))))),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, " %"));
    }

    static ChartSpec npsByChannel(ReportCharts.Range r, Optional<String> channel) {
        List<Snapshot> snaps = r.snaps();
        ChartText t = r.text();
        return split(new ChartSpec("c", ChartKind.SMALL_MULTIPLES,
                t.word("chartNpsByChannelTitle", "NPS by channel") + r.who() + ", " + r.span(),
                t.word("chartNpsByChannelDescription", "NPS of the answers whose last contact was through each"
                        + " channel."), r.labels(),
                channels(snaps, s -> s.npsByChannel().keySet(), channel).stream().map(c -> new Series(c,
                        values(snaps, s -> Optional.ofNullable(s.npsByChannel().get(c)).map(Nps::score)))).toList(),
                Optional.empty(), target(snaps, "nps"), TrendCharts.target(r), ValueFormat.signed(1, "")));
    }

    /** One series per customer segment, whatever segment the block names. */
    static ChartSpec npsBySegment(ReportCharts.Range r, Metrics metrics) {
        ChartText t = r.text();
        return split(new ChartSpec("c", ChartKind.SMALL_MULTIPLES,
                t.word("chartNpsBySegmentTitle", "NPS by segment") + ", " + r.span(),
                t.word("chartNpsBySegmentDescription", "NPS of each customer segment."), r.labels(), metrics.segments().stream().map(seg -> new Series(seg,
                        values(r.periods().stream().map(p -> metrics.get(p, Optional.of(seg)).orElse(null)).toList(),
                                s -> s.nps().map(Nps::score)))).toList(),
                Optional.empty(), target(r.snaps(), "nps"), TrendCharts.target(r), ValueFormat.signed(1, "")));
    }

    /** Lines over several periods, bars for one. */
    static ChartSpec contactsByChannel(ReportCharts.Range r, Optional<String> channel) {
        List<Snapshot> snaps = r.snaps();
        return split(new ChartSpec("c", ChartKind.LINE,
                r.text().word("chartContactsTitle", "Contacts by channel") + r.who() + ", " + r.span(),
                r.text().word("chartContactsDescription", "Number of customer contacts per channel and period."),
                r.labels(), channels(snaps, s -> s.contacts().keySet(), channel).stream().map(c -> new Series(c,
                        values(snaps, s -> Optional.ofNullable(s.contacts().get(c)).map(Long::doubleValue)))).toList(),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.of(0, "")));
    }

    /**
     * A split of one measure over one period as horizontal bars, a bar per channel or segment
     * (easier to read than a cluster of bars around one label); over several periods as it is.
     */
    static ChartSpec split(ChartSpec c) {
        if (c.labels().size() != 1) {
            return c;
        }
        List<String> names = c.series().stream().map(Series::name).toList();
        List<Double> values = c.series().stream().map(s -> s.values().get(0)).toList();
        return new ChartSpec(c.id(), ChartKind.HORIZONTAL_BARS, c.title(), c.description(), names,
                List.of(new Series(c.labels().get(0), values)), Optional.empty(), c.target(), c.targetLabel(),
                c.format());
    }
}
