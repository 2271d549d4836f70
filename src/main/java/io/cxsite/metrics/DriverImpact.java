package io.cxsite.metrics;

import io.cxsite.config.Statistics;

/**
 * How sure a report can be of one topic's {@link Driver#impact() NPS impact}, at the site's
 * confidence level: an interval around the impact, and whether the topic is a driver at all.
 *
 * <p>The interval. NPS with the topic's detractors counted as passives, minus NPS as measured, is
 * (P - (D - d)) / n - (P - D) / n = d / n: both are taken on the same n answers, so the difference is
 * one multinomial share q = d / n, with variance q (1 - q) / n (the delta method gives the same, as
 * the difference is linear in the counts). Its interval is Wilson's score interval for q, times 100:
 * centre (q + z^2 / 2n) / (1 + z^2 / n), half width z / (1 + z^2 / n) * sqrt(q (1 - q) / n + z^2 / 4n^2).
 * Unlike q +- z sqrt(q (1 - q) / n) it stays inside 0..100 and keeps its coverage for the few
 * mentions a small topic has.
 *
 * <p>The verdict. Every topic a detractor mentions has some impact; what a reader needs to know is
 * whether the topic goes with detractors beyond chance or is merely talked about a lot. So the
 * share of detractors among the m answers that mention the topic, d / m, is compared with the share
 * among the other answers, (D - d) / (n - m), by {@link Significance#proportions} (two independent
 * groups, pooled share, with its small-sample guard). A positive statistic means the topic's
 * answers are more often detractors.
 *
 * @param low  the lower end of the interval, in NPS points
 * @param high the upper end of the interval, in NPS points
 * @param test the comparison with the other answers; {@link Verdict#TOO_FEW} when a group is too
 *             small, {@link Verdict#UNKNOWN} when every answer mentions the topic (no others to compare)
 */
public record DriverImpact(double low, double high, Significance.Test test) {

    /** The interval and verdict of {@code driver}'s impact at {@code level}. */
    public static DriverImpact of(Driver driver, Statistics level) {
        long n = driver.answers();
        if (n == 0) {
            return new DriverImpact(0, 0, Significance.Test.UNKNOWN);
        }
        double z = level.z();
        double q = (double) driver.detractors() / n;
        double zz = z * z / n;
        double centre = (q + zz / 2) / (1 + zz);
        double half = z / (1 + zz) * Math.sqrt(q * (1 - q) / n + zz / (4.0 * n));
        long others = n - driver.mentions();
        Significance.Test test = others <= 0 ? Significance.Test.UNKNOWN
                : Significance.proportions((double) (driver.allDetractors() - driver.detractors()) / others, others,
                        (double) driver.detractors() / driver.mentions(), driver.mentions(), level);
        return new DriverImpact(100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half), test);
    }

    /** Whether the topic's answers are detractors more often than the others, beyond chance. */
    public boolean drivesDetractors() {
        return test.verdict() == Verdict.LIKELY_REAL && test.statistic() > 0;
    }

    /** Whether the topic's answers are detractors less often than the others, beyond chance. */
    public boolean spareDetractors() {
        return test.verdict() == Verdict.LIKELY_REAL && test.statistic() < 0;
    }
}
