package io.cxsite.metrics;

import io.cxsite.feedback.Counts;
import java.util.List;

/**
 * Net Promoter Score of one period: from promoter, passive and detractor counts, or (when a survey
 * tool only gives the score) from a score and its number of responses. Only counts allow a margin
 * of error and exact roll-ups.
 */
public record Nps(long promoters, long passives, long detractors, double score, long responses, boolean counted) {
    /** Multiplier of the standard error for a 95 % interval. */
    private static final double Z95 = 1.96;

    /** @throws ArithmeticException when the counts add up to more than a long holds */
    public static Nps ofCounts(long promoters, long passives, long detractors) {
        long n = Math.addExact(Math.addExact(promoters, passives), detractors);
        double score = n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
        return new Nps(promoters, passives, detractors, score, n, true);
    }

    /** The NPS of answers counted from exports. */
    public static Nps from(Counts counts) {
        return ofCounts(counts.promoters(), counts.passives(), counts.detractors());
    }

    public static Nps ofScore(double score, long responses) {
        return new Nps(0, 0, 0, score, responses, false);
    }

    /**
     * Half-width of the 95 % interval in NPS points: with shares p and d of promoters and detractors
     * among n answers, 1.96 * 100 * sqrt((p + d - (p - d)^2) / n). NaN without counts.
     */
    public double marginOfError() {
        return marginOfError(Z95);
    }

    /**
     * Half-width of the interval {@code z} standard errors wide, in NPS points: z = 1 gives the
     * standard error itself. NaN without counts.
     */
    public double marginOfError(double z) {
        if (!counted || responses == 0) {
            return Double.NaN;
        }
        double p = (double) promoters / responses;
        double d = (double) detractors / responses;
        return z * 100 * Math.sqrt((p + d - (p - d) * (p - d)) / responses);
    }

    /**
     * Sums periods: counts add up (never an average of scores) unless one only has a score, then responses weigh.
     *
     * @throws ArithmeticException when a sum is more than a long holds
     */
    public static Nps sum(List<Nps> parts) {
        if (parts.stream().allMatch(Nps::counted)) {
            return ofCounts(parts.stream().mapToLong(Nps::promoters).reduce(0, Math::addExact),
                    parts.stream().mapToLong(Nps::passives).reduce(0, Math::addExact),
                    parts.stream().mapToLong(Nps::detractors).reduce(0, Math::addExact));
        }
        long n = parts.stream().mapToLong(Nps::responses).reduce(0, Math::addExact);
        double weighted = parts.stream().mapToDouble(x -> x.score() * x.responses()).sum();
        return ofScore(n == 0 ? 0 : weighted / n, n);
    }
}
