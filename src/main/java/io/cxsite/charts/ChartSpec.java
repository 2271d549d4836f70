package io.cxsite.charts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a chart shows, and nothing about how it is drawn.
 *
 * @param id          unique on the page; becomes the svg's {@code id} and scopes its CSS, so it must
 *                    be a letter followed by letters, digits, {@code -} or {@code _}
 * @param description one or two sentences for screen readers; a summary of the numbers is added
 * @param labels      the x axis, e.g. periods (the rows of {@link ChartKind#HORIZONTAL_BARS}, e.g.
 *                    topics); every series and the band has one value per label
 * @param band        a shaded range; for {@link ChartKind#HORIZONTAL_BARS} an interval around the
 *                    first series, drawn as a whisker across each bar's end (such as a confidence interval)
 * @param target      a goal drawn as a dashed line, e.g. NPS 30
 * @param targetLabel the goal's name, e.g. {@code "Target"}; blank means {@code "Target"}
 * @param format      how values read on axes, tooltips and tables
 * @param references  reference values such as an industry benchmark, each a dotted line with its
 *                    label, apart from the target; line and bar charts only
 */
public record ChartSpec(String id, ChartKind kind, String title, String description, List<String> labels,
        List<Series> series, Optional<Band> band, OptionalDouble target, String targetLabel, ValueFormat format,
        List<Reference> references) {
    // An XML id that is also a CSS identifier, so "#id .cx-axis" needs no escaping.
    private static final String ID_RULE = "[A-Za-z][A-Za-z0-9_-]*";

    /**
     * @throws IllegalArgumentException for a bad id, a series or band whose length is not the labels',
     *                                  or a band on dots or a scatter chart
     */
    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetLabel, "targetLabel");
        Objects.requireNonNull(format, "format");
        if (!isId(id)) {
            throw new IllegalArgumentException("chart id must match " + ID_RULE + ": '" + id + "'");
        }
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            requireLength("series '" + s.name() + "'", s.values().size(), labels.size());
        }
        if (kind == ChartKind.SCATTER && series.size() != 2) {
            throw new IllegalArgumentException("a scatter chart has two series, x then y, not " + series.size());
        }
        if (band.isPresent() && (kind == ChartKind.DOTS || kind == ChartKind.SCATTER)) {
            throw new IllegalArgumentException(kind + " draws no band; leave out '" + band.get().name() + "'");
        }
        if (band.isPresent()) {
            requireLength("band '" + band.get().name() + "' low", band.get().low().size(), labels.size());
            requireLength("band '" + band.get().name() + "' high", band.get().high().size(), labels.size());
        }
        if (target.isPresent() && !Double.isFinite(target.getAsDouble())) {
            throw new IllegalArgumentException("target must be a finite number");
        }
        references = List.copyOf(references);
        if (!references.isEmpty() && (kind == ChartKind.HORIZONTAL_BARS || kind == ChartKind.DOTS
                || kind == ChartKind.SMALL_MULTIPLES)) {
            throw new IllegalArgumentException(kind + " draws no reference lines; leave out '"
                    + references.get(0).name() + "'");
        }
    }

    /** A chart with no reference lines. */
    public ChartSpec(String id, ChartKind kind, String title, String description, List<String> labels,
            List<Series> series, Optional<Band> band, OptionalDouble target, String targetLabel, ValueFormat format) {
        this(id, kind, title, description, labels, series, band, target, targetLabel, format, List.of());
    }

    /** This chart with {@code reference} drawn as one more reference line. */
    public ChartSpec withReference(Reference reference) {
        List<Reference> more = new java.util.ArrayList<>(references);
        more.add(reference);
        return new ChartSpec(id, kind, title, description, labels, series, band, target, targetLabel, format, more);
    }

    /** The target's name as shown: {@link #targetLabel()} or {@code "Target"}. */
    public String targetName() {
        return targetLabel.isBlank() ? "Target" : targetLabel;
    }

    /** The spec written out in full, the same text as {@link #toString()} but made quicker: what a chart's id hashes. */
    public String fullText() {
        return SpecText.of(this);
    }

    /** Whether any series has at least one value. */
    public boolean hasData() {
        return series.stream().anyMatch(s -> s.values().stream().anyMatch(Objects::nonNull));
    }

    // ID_RULE checked by hand: specs are made several times per chart, thousands per build.
    private static boolean isId(String id) {
        if (id.isEmpty() || !isLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static void requireLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has " + actual + " values for " + expected + " labels");
        }
    }
}
