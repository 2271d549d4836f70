package io.cxsite.metrics;

import io.cxsite.feedback.Counts;

/**
 * A running sum of {@link Counts}, added to in place: the sums of a period or topic take a cell at a
 * time, some 160,000 cells for a large export, and a new {@link Counts} per cell added was most of
 * their cost. Adds as {@link Counts#plus} does, in the same order, so the result is the same to the
 * last bit, and a count past what a long holds is an {@link ArithmeticException} likewise.
 */
final class CountSum {
    private long promoters;
    private long passives;
    private long detractors;
    private long csatAnswers;
    private long csatSatisfied;
    private long cesAnswers;
    private double cesSum;
    private double cesSquares;

    /** A sum that starts with {@code first}. */
    static CountSum of(Counts first) {
        CountSum sum = new CountSum();
        sum.add(first);
        return sum;
    }

    /** @throws ArithmeticException when a sum is more than a long holds */
    void add(Counts other) {
        promoters = Math.addExact(promoters, other.promoters());
        passives = Math.addExact(passives, other.passives());
        detractors = Math.addExact(detractors, other.detractors());
        csatAnswers = Math.addExact(csatAnswers, other.csatAnswers());
        csatSatisfied = Math.addExact(csatSatisfied, other.csatSatisfied());
        cesAnswers = Math.addExact(cesAnswers, other.cesAnswers());
        cesSum += other.cesSum();
        cesSquares += other.cesSquares();
    }

    /** The sum so far. */
    Counts counts() {
        return new Counts(promoters, passives, detractors, csatAnswers, csatSatisfied, cesAnswers, cesSum, cesSquares);
    }
}
