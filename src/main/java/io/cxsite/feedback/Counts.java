package io.cxsite.feedback;

import java.util.OptionalDouble;

/**
 * Answers counted by NPS group, with the CSAT and CES answers given alongside: one answer is
 * {@link #of(int, OptionalDouble, OptionalDouble)}, a number of answers with one score (a row of an
 * aggregated export) is {@link #of(int, long)}, and counts add with {@link #plus}. Sums are checked:
 * a count past what a long holds is an {@link ArithmeticException}, never a wrapped negative number.
 *
 * @param csatSatisfied CSAT answers of 4 or 5 on the 1-5 scale
 * @param cesSum        the sum of the CES answers (1-7), for their mean
 * @param cesSquares    the sum of the squares of the CES answers, for their spread
 */
public record Counts(long promoters, long passives, long detractors, long csatAnswers, long csatSatisfied,
        long cesAnswers, double cesSum, double cesSquares) {
    /** No answers. */
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

    public Counts {
        if (promoters < 0 || passives < 0 || detractors < 0 || csatAnswers < 0 || csatSatisfied < 0
                || cesAnswers < 0 || csatSatisfied > csatAnswers) {
            throw new IllegalArgumentException("counts cannot be negative, nor satisfied CSAT answers more than"
                    + " CSAT answers");
        }
    }

    /** {@code answers} answers that all gave {@code score}, without CSAT or CES. */
    public static Counts of(int score, long answers) {
        return switch (NpsGroup.of(score)) {
            case PROMOTER -> new Counts(answers, 0, 0, 0, 0, 0, 0, 0);
            case PASSIVE -> new Counts(0, answers, 0, 0, 0, 0, 0, 0);
            case DETRACTOR -> new Counts(0, 0, answers, 0, 0, 0, 0, 0);
        };
    }

    /** One answer: its NPS score, and the CSAT (1-5) and CES (1-7) answers when it has them. */
    public static Counts of(int score, OptionalDouble csat, OptionalDouble ces) {
        Counts one = of(score, 1);
        return new Counts(one.promoters, one.passives, one.detractors, csat.isPresent() ? 1 : 0,
                csat.isPresent() && satisfied(csat.getAsDouble()) ? 1 : 0, ces.isPresent() ? 1 : 0,
                ces.orElse(0), ces.isPresent() ? ces.getAsDouble() * ces.getAsDouble() : 0);
    }

    /** cx-domain: a CSAT answer of 4 or 5 on the 1-5 scale counts as satisfied. */
    static boolean satisfied(double csat) {
        return csat >= 4;
    }

    /** @throws ArithmeticException when a sum is more than a long holds */
    public Counts plus(Counts other) {
        return new Counts(Math.addExact(promoters, other.promoters), Math.addExact(passives, other.passives),
                Math.addExact(detractors, other.detractors), Math.addExact(csatAnswers, other.csatAnswers),
                Math.addExact(csatSatisfied, other.csatSatisfied), Math.addExact(cesAnswers, other.cesAnswers),
                cesSum + other.cesSum, cesSquares + other.cesSquares);
    }

    /** The answers of one group. */
    public long count(NpsGroup group) {
        return switch (group) {
            case PROMOTER -> promoters;
            case PASSIVE -> passives;
            case DETRACTOR -> detractors;
        };
    }

    /** cx-domain: passives count in the NPS base. @throws ArithmeticException past a long */
    public long responses() {
        return Math.addExact(Math.addExact(promoters, passives), detractors);
    }

    /** Net Promoter Score from -100 to 100, unrounded; 0 without answers. */
    public double nps() {
        long n = responses();
        return n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
    }

    /** Share of satisfied CSAT answers from 0 to 1; empty without CSAT answers. */
    public OptionalDouble csat() {
        return csatAnswers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) csatSatisfied / csatAnswers);
    }

    /**
     * Sample standard deviation of the CES answers, sqrt((sum of squares - sum^2 / n) / (n - 1));
     * empty with fewer than two answers.
     */
    public OptionalDouble cesSpread() {
        if (cesAnswers < 2) {
            return OptionalDouble.empty();
        }
        double squares = cesSquares - cesSum * cesSum / cesAnswers;
        return OptionalDouble.of(Math.sqrt(Math.max(0, squares) / (cesAnswers - 1)));
    }

    /** Mean CES answer; empty without CES answers. */
    public OptionalDouble ces() {
        return cesAnswers == 0 ? OptionalDouble.empty() : OptionalDouble.of(cesSum / cesAnswers);
    }
}
