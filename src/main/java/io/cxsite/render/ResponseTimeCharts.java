package io.cxsite.render;

import static io.cxsite.render.SnapshotSeries.scaled;
import static io.cxsite.render.SnapshotSeries.target;
import static io.cxsite.render.SnapshotSeries.values;

import io.cxsite.charts.ChartKind;
import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.Series;
import io.cxsite.charts.ValueFormat;
import io.cxsite.config.SiteConfig;
import io.cxsite.metrics.Snapshot;
import io.cxsite.site.ReportSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds the first-response-time chart against its target or what customers expect. */
final class ResponseTimeCharts {
    private final SiteConfig config;

    ResponseTimeCharts(SiteConfig config) {
        this.config = config;
    }

    /**
     * With one channel: its trend against its target. Otherwise each channel's median first
     * response in the last period of the range beside what customers expect of that channel.
     */
    ChartSpec firstResponseTime(ReportSpec spec, ReportCharts.Range r) {
        List<Snapshot> snaps = r.snaps();
        ChartText t = r.text();
        String target = TrendCharts.target(r);
        if (spec.channel().isPresent()) {
            String c = spec.channel().get();
            return new ChartSpec("c", ChartKind.LINE,
                    t.word("chartResponseTitle", "First response time") + ", " + c + r.who() + ", " + r.span(),
                    t.word("chartResponseDescription", "Median time to the first answer through {channel}, in"
                            + " minutes.", "channel", c), r.labels(),
                    List.of(new Series(c, values(snaps, s -> Optional.ofNullable(s.firstResponseTime().get(c))
                            .map(v -> v / 60)))),
                    Optional.empty(), scaled(expectation(snaps, c), 1 / 60.0), target, ValueFormat.of(1, " min"));
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
        String when = last == null ? r.span() : t.name(last.period());
        // Seconds on a log axis: chat's 55 s against 2 min reads as clearly as e-mail's 1.6 h against 4 h.
        return new ChartSpec("c", ChartKind.DOTS,
                t.word("chartResponseByChannelTitle", "First response time by channel") + r.who() + ", " + when,
                t.word("chartResponseByChannelDescription", "Median time to the first answer per channel (dot) against"
                        + " the time customers expect (mark: the target, else the expectation in site.yaml), on a"
                        + " logarithmic scale."),
                channels, List.of(
                        new Series(t.word("chartMedian", "Median"), channels.stream()
                                .map(c -> newest.firstResponseTime().get(c)).toList()),
                        new Series(target, channels.stream()
                                .map(c -> expectation(List.of(newest), c).getAsDouble()).toList())),
                Optional.empty(), OptionalDouble.empty(), "", ValueFormat.durations());
    }

    /** The channel's target in the snapshots, else what customers expect of it (site.yaml's responseExpectations). */
    private OptionalDouble expectation(List<Snapshot> snaps, String channel) {
        OptionalDouble target = target(snaps, "firstResponseTime." + channel);
        return target.isPresent() ? target : OptionalDouble.of(config.expectedResponse(channel));
    }
}
