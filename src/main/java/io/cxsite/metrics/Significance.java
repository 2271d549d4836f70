package io.cxsite.metrics;

import io.cxsite.config.Statistics;

/**
 * Whether the change of a KPI between two periods is likely real, at the site's confidence level:
 * shares (CSAT) by the two-proportion z test, means (CES, response and resolution times) by Welch's
 * t test, NPS by comparing the change with the combined margin of error of the two periods.
 *
 * <p>Samples too small to tell are refused rather than tested: every test here leans on a normal
 * approximation, which is poor below {@link #MIN_ANSWERS} answers in a period (response times and
 * 1-7 scales are skewed and bounded, and their means only settle into a bell shape with about 30),
 * and for a share also when fewer than {@link #MIN_OUTCOMES} answers fall on either side (satisfied
 * or not) in a period.
 */
public final class Significance {
    /** The fewest answers per period any test here accepts. */
    public static final long MIN_ANSWERS = 30;
    /** The fewest answers on each side of a share (satisfied and not) per period. */
    public static final long MIN_OUTCOMES = 10;

    private Significance() {
    }

    /**
     * The outcome of one test: {@code statistic} is z or t (positive when the value rose), NaN when
     * not tested; {@code df} the degrees of freedom of a t test, else NaN.
     */
    public record Test(double statistic, double df, Verdict verdict) {
        static final Test TOO_FEW = new Test(Double.NaN, Double.NaN, Verdict.TOO_FEW);
        static final Test UNKNOWN = new Test(Double.NaN, Double.NaN, Verdict.UNKNOWN);
    }

    /**
     * Two-proportion z test with the pooled share: p = (x1 + x2) / (n1 + n2),
     * z = (p2 - p1) / sqrt(p (1 - p) (1 / n1 + 1 / n2)).
     */
    public static Test proportions(double p1, long n1, double p2, long n2, Statistics level) {
        if (!enoughShare(p1, n1) || !enoughShare(p2, n2)) {
            return Test.TOO_FEW;
        }
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double z = se == 0 ? 0 : (p2 - p1) / se;
        return new Test(z, Double.NaN, Math.abs(z) > level.z() ? Verdict.LIKELY_REAL : Verdict.WITHIN_NOISE);
    }

    /**
     * Welch's t test for two means with their own spreads: t = (m2 - m1) / sqrt(s1^2 / n1 + s2^2 / n2),
     * with Welch-Satterthwaite degrees of freedom (v1 + v2)^2 / (v1^2 / (n1 - 1) + v2^2 / (n2 - 1)),
     * vi = si^2 / ni; likely real when the two-sided p-value is below 1 - confidence.
     */
    public static Test means(double m1, double s1, long n1, double m2, double s2, long n2, Statistics level) {
        if (n1 < MIN_ANSWERS || n2 < MIN_ANSWERS) {
            return Test.TOO_FEW;
        }
        double v1 = s1 * s1 / n1;
        double v2 = s2 * s2 / n2;
        if (v1 + v2 == 0) {
            return new Test(0, Double.NaN, m1 == m2 ? Verdict.WITHIN_NOISE : Verdict.LIKELY_REAL);
        }
        double t = (m2 - m1) / Math.sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double p = StudentT.twoSidedP(t, df);
        return new Test(t, df, p < level.alpha() ? Verdict.LIKELY_REAL : Verdict.WITHIN_NOISE);
    }

    /**
     * NPS's own method: the change is real when it is larger than the combined margin
     * z * sqrt(se1^2 + se2^2) of the two periods (see {@link Nps#marginOfError(double)}). Scores
     * without counts have no margin and are not tested.
     */
    public static Test nps(Nps before, Nps now, Statistics level) {
        if (!before.counted() || !now.counted()) {
            return Test.UNKNOWN;
        }
        if (before.responses() < MIN_ANSWERS || now.responses() < MIN_ANSWERS) {
            return Test.TOO_FEW;
        }
        double se = Math.hypot(before.marginOfError(1), now.marginOfError(1));
        double z = se == 0 ? 0 : (now.score() - before.score()) / se;
        return new Test(z, Double.NaN, Math.abs(z) > level.z() ? Verdict.LIKELY_REAL : Verdict.WITHIN_NOISE);
    }

    private static boolean enoughShare(double p, long n) {
        return n >= MIN_ANSWERS && Math.round(p * n) >= MIN_OUTCOMES && n - Math.round(p * n) >= MIN_OUTCOMES;
    }
}
