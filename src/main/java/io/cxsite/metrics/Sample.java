package io.cxsite.metrics;

import java.util.OptionalDouble;

/**
 * How many answers (or measured contacts) a KPI's value was computed from, and their standard
 * deviation when known: what a test of a change between two periods needs beyond the values.
 * A share such as CSAT needs only {@code n}; its spread follows from the share itself.
 *
 * @param n  the number of answers or measurements, at least 1
 * @param sd the sample standard deviation in the KPI's unit (seconds for durations); empty for shares
 */
public record Sample(long n, OptionalDouble sd) {
    public Sample {
        if (n < 1 || sd.isPresent() && !(sd.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("a sample has at least one answer and a spread of 0 or more");
        }
    }

    /** A share's sample: only its size. */
    public static Sample ofShare(long n) {
        return new Sample(n, OptionalDouble.empty());
    }

    public static Sample ofMean(long n, double sd) {
        return new Sample(n, OptionalDouble.of(sd));
    }
}
