package io.cxsite.config;

import java.util.List;

/**
 * How sure a report must be before it calls a change real: {@code statistics: confidence: 95} in
 * site.yaml, one of {@link #LEVELS} per cent. A two-sided test at 95 % calls a change likely real
 * when chance alone would make one at least as large less than 5 % of the time.
 *
 * @param confidence the confidence level in per cent: 90, 95 or 99
 */
public record Statistics(int confidence) {
    /** The levels a site may choose, with the usual critical values of the normal distribution. */
    public static final List<Integer> LEVELS = List.of(90, 95, 99);
    public static final Statistics DEFAULTS = new Statistics(95);

    public Statistics {
        if (!LEVELS.contains(confidence)) {
            throw new IllegalArgumentException("confidence must be one of " + LEVELS);
        }
    }

    /** The chance of calling a change real when it is not, such as 0.05 at 95 %. */
    public double alpha() {
        return (100 - confidence) / 100.0;
    }

    /**
     * The two-sided critical value of the standard normal distribution: 1.6449 at 90 %, 1.9600 at
     * 95 %, 2.5758 at 99 % (the quantiles at 1 - alpha / 2).
     */
    public double z() {
        return switch (confidence) {
            case 90 -> 1.6448536;
            case 99 -> 2.5758293;
            default -> 1.9599640;
        };
    }
}
