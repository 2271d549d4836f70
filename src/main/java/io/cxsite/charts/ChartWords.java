package io.cxsite.charts;

import java.util.Objects;

/**
 * The words a chart writes itself, around the texts its {@link ChartSpec} gives: the note of an empty
 * chart, the joining words of the summary added to the description, and the data table's headers.
 * The caller passes them in the page's language; {@link #ENGLISH} is the default.
 *
 * @param noData  an empty chart's note, {@code No data}
 * @param missing a missing value in the summary, {@code no data}
 * @param from    {@code from} in "NPS from +21.0 in Jan 2026 to +31.5 in Jun 2026"
 * @param in      {@code in} in the same sentence
 * @param to      {@code to} in the same sentence
 * @param more    how many rows the summary leaves out, {@code {n}} standing for the number: {@code and {n} more}
 * @param period  the data table's header of the label column, {@code Period}
 * @param item    the same for charts whose labels name things (topics, channels), {@code Item}
 * @param low     the header of a band's low end after its name, {@code low}
 * @param high    the same for its high end, {@code high}
 */
public record ChartWords(String noData, String missing, String from, String in, String to, String more,
        String period, String item, String low, String high) {
    /** The words in English. */
    public static final ChartWords ENGLISH = new ChartWords("No data", "no data", "from", "in", "to",
            "and {n} more", "Period", "Item", "low", "high");

    public ChartWords {
        Objects.requireNonNull(noData, "noData");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(more, "more");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }

    /** "and 3 more". */
    String more(int count) {
        return more.replace("{n}", Integer.toString(count));
    }
}
