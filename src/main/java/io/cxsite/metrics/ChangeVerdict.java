package io.cxsite.metrics;

import io.cxsite.config.CustomKpi;
import io.cxsite.config.Statistics;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Tests the change of one KPI from one snapshot to the next with the test that fits it
 * ({@link Significance}): NPS by its margins, CSAT as a share, CES and durations as means when
 * both periods give their answers and spread. KPIs without samples (retention, contacts, CLV,
 * or values given alone) are {@link Verdict#UNKNOWN}.
 */
public final class ChangeVerdict {
    private ChangeVerdict() {
    }

    /** The test of a single-valued KPI (for durations, see {@link #ofChannel}). */
    public static Significance.Test of(Kpi kpi, Snapshot before, Snapshot now, Statistics level) {
        return switch (kpi) {
            case NPS -> before.nps().isPresent() && now.nps().isPresent()
                    ? Significance.nps(before.nps().get(), now.nps().get(), level) : Significance.Test.UNKNOWN;
            case CSAT -> share(kpi.key(), before.csat(), now.csat(), before, now, level);
            case CES -> mean(kpi.key(), before.ces(), now.ces(), before, now, level);
            default -> Significance.Test.UNKNOWN;
        };
    }

    /**
     * The test of one of the site's own KPIs: a share by its {@code n}, another unit as a mean by its
     * {@code n} and {@code sd}, when both periods give them.
     */
    public static Significance.Test ofCustom(CustomKpi kpi, Snapshot before, Snapshot now, Statistics level) {
        String key = kpi.key();
        return kpi.measure() == CustomKpi.Measure.PERCENT
                ? share(key, before.value(key), now.value(key), before, now, level)
                : mean(key, before.value(key), now.value(key), before, now, level);
    }

    /** The test of a duration on one channel, such as first response time by e-mail. */
    public static Significance.Test ofChannel(Kpi kpi, String channel, Snapshot before, Snapshot now, Statistics level) {
        return mean(kpi.key() + "." + channel, value(before.byChannel(kpi), channel),
                value(now.byChannel(kpi), channel), before, now, level);
    }

    private static OptionalDouble value(Map<String, Double> byChannel, String channel) {
        Double v = byChannel.get(channel);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static Significance.Test share(String key, OptionalDouble v1, OptionalDouble v2, Snapshot before,
            Snapshot now, Statistics level) {
        Optional<Sample> s1 = before.sample(key);
        Optional<Sample> s2 = now.sample(key);
        if (v1.isEmpty() || v2.isEmpty() || s1.isEmpty() || s2.isEmpty()) {
            return Significance.Test.UNKNOWN;
        }
        return Significance.proportions(v1.getAsDouble(), s1.get().n(), v2.getAsDouble(), s2.get().n(), level);
    }

    private static Significance.Test mean(String key, OptionalDouble v1, OptionalDouble v2, Snapshot before,
            Snapshot now, Statistics level) {
        Optional<Sample> s1 = before.sample(key);
        Optional<Sample> s2 = now.sample(key);
        if (v1.isEmpty() || v2.isEmpty() || s1.isEmpty() || s2.isEmpty()) {
            return Significance.Test.UNKNOWN;
        }
        if (s1.get().n() < Significance.MIN_ANSWERS || s2.get().n() < Significance.MIN_ANSWERS) {
            return Significance.Test.TOO_FEW;
        }
        if (s1.get().sd().isEmpty() || s2.get().sd().isEmpty()) {
            return Significance.Test.UNKNOWN;
        }
        return Significance.means(v1.getAsDouble(), s1.get().sd().getAsDouble(), s1.get().n(),
                v2.getAsDouble(), s2.get().sd().getAsDouble(), s2.get().n(), level);
    }
}
