package io.cxsite.metrics;

import io.cxsite.config.HelpConfig;
import io.cxsite.config.SiteConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the help centre promises against what the snapshots measure: for each contact channel in
 * site.yaml, the first-answer time customers are shown (its {@code responseTime}, else
 * {@code responseExpectations}) beside the first response time of the newest month that measured
 * that channel for all customers.
 */
public final class Promises {
    private Promises() {
    }

    /**
     * One channel's promise and measurement, in seconds; {@code line} and {@code column} are where
     * site.yaml writes the promise.
     */
    public record Promise(String channel, double promised, double measured, Period measuredIn, int line, int column) {
        /** Whether customers get their first answer within the time they are told. */
        public boolean kept() {
            return measured <= promised;
        }
    }

    /** Every contact channel with a measurement, in site.yaml's order. */
    public static List<Promise> latest(SiteConfig config, Metrics metrics) {
        List<Promise> promises = new ArrayList<>();
        for (HelpConfig.Channel channel : config.help().contact()) {
            newest(metrics, channel.kind()).ifPresent(s -> promises.add(new Promise(channel.kind(),
                    channel.responseTime().orElse(config.expectedResponse(channel.kind())),
                    s.firstResponseTime().get(channel.kind()), s.period(), channel.promiseLine(),
                    channel.promiseColumn())));
        }
        return List.copyOf(promises);
    }

    /** The promises as they stood against one snapshot, for the channels it measured. */
    public static List<Promise> against(SiteConfig config, Snapshot snapshot) {
        List<Promise> promises = new ArrayList<>();
        for (HelpConfig.Channel channel : config.help().contact()) {
            Double measured = snapshot.firstResponseTime().get(channel.kind());
            if (measured != null) {
                promises.add(new Promise(channel.kind(), channel.responseTime().orElse(config.expectedResponse(
                        channel.kind())), measured, snapshot.period(), channel.promiseLine(), channel.promiseColumn()));
            }
        }
        return List.copyOf(promises);
    }

    private static Optional<Snapshot> newest(Metrics metrics, String channel) {
        List<Period> months = metrics.periods(Period.Kind.MONTH);
        for (int i = months.size() - 1; i >= 0; i--) {
            Optional<Snapshot> s = metrics.get(months.get(i), Optional.empty());
            if (s.isPresent() && s.get().firstResponseTime().containsKey(channel)) {
                return s;
            }
        }
        return Optional.empty();
    }
}
