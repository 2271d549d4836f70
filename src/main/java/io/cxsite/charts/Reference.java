package io.cxsite.charts;

import java.util.Objects;

/**
 * A reference value drawn as a dotted line across a chart, apart from its target: an industry
 * benchmark, for example. Its label in the plot is short ("Benchmark +32.0"); the note (who
 * measured it, and when) goes with it into the line's tooltip, the description and the data table.
 *
 * @param name  e.g. {@code "Benchmark"}
 * @param value in the chart's unit
 * @param note  e.g. {@code "Nordic Customer Experience Index, 2026"}; blank for none
 */
public record Reference(String name, double value, String note) {
    public Reference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference '" + name + "' must be a finite number");
        }
    }

    /** "Benchmark +32.0", as the plot labels the line. */
    String label(ValueFormat format) {
        return name + " " + format.format(value);
    }

    /** "Benchmark +32.0 (Nordic Customer Experience Index, 2026)", as the tooltip and description name it. */
    String fullText(ValueFormat format) {
        return note.isBlank() ? label(format) : label(format) + " (" + note + ")";
    }

    /** "Benchmark (Nordic Customer Experience Index, 2026)", the data table's column header. */
    String header() {
        return note.isBlank() ? name : name + " (" + note + ")";
    }
}
