package io.cxsite.config;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in snapshots ({@code 45s}, {@code 4m}, {@code 3.5h}, {@code 2d}), held in seconds. */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|min|h|d)");

    private Durations() {
    }

    /** Seconds, or empty when {@code text} is not a number followed by s, m (or min), h or d. */
    public static OptionalDouble parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1));
        double unit = switch (m.group(2)) {
            case "s" -> 1;
            case "m", "min" -> 60;
            case "h" -> 3600;
            default -> 86400;
        };
        return OptionalDouble.of(value * unit);
    }

    /** A readable duration in the largest unit that keeps it at least 1: {@code 45 s}, {@code 4.5 min}, {@code 3.5 h}, {@code 2 d}. */
    public static String format(double seconds) {
        if (seconds < 60) {
            return number(seconds) + " s";
        }
        if (seconds < 3600) {
            return number(seconds / 60) + " min";
        }
        if (seconds < 86400) {
            return number(seconds / 3600) + " h";
        }
        return number(seconds / 86400) + " d";
    }

    private static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
