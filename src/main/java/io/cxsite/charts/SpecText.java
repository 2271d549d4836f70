package io.cxsite.charts;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A chart spec written out in full, character for character as the records' own {@code toString}
 * writes it ({@code ChartSpec[id=…, kind=LINE, …, series=[Series[name=NPS, values=[21.0, null]]], …]}):
 * the text a chart's id hashes. Java 17 writes a record's {@code toString} through
 * {@code String.format}, which parses its pattern on every call, and a build hashes thousands of
 * charts. {@code SpecTextTest} holds this text to the records' own for every kind of chart, so a
 * component added to a record shows up there first.
 */
final class SpecText {
    private final StringBuilder out = new StringBuilder(1024);

    private SpecText() {
    }

    static String of(ChartSpec spec) {
        SpecText text = new SpecText();
        text.spec(spec);
        return text.out.toString();
    }

    private void spec(ChartSpec c) {
        out.append("ChartSpec[id=").append(c.id()).append(", kind=").append(c.kind())
                .append(", title=").append(c.title()).append(", description=").append(c.description())
                .append(", labels=");
        strings(c.labels());
        out.append(", series=[");
        for (int i = 0; i < c.series().size(); i++) {
            out.append(i == 0 ? "" : ", ");
            series(c.series().get(i));
        }
        out.append("], band=");
        band(c.band());
        out.append(", target=");
        target(c.target());
        out.append(", targetLabel=").append(c.targetLabel()).append(", format=");
        format(c.format());
        out.append(", references=[");
        for (int i = 0; i < c.references().size(); i++) {
            Reference r = c.references().get(i);
            out.append(i == 0 ? "" : ", ").append("Reference[name=").append(r.name()).append(", value=")
                    .append(r.value()).append(", note=").append(r.note()).append(']');
        }
        out.append("]]");
    }

    private void series(Series s) {
        out.append("Series[name=").append(s.name()).append(", values=");
        numbers(s.values());
        out.append(']');
    }

    private void band(Optional<Band> band) {
        if (band.isEmpty()) {
            out.append("Optional.empty");
            return;
        }
        Band b = band.get();
        out.append("Optional[Band[name=").append(b.name()).append(", low=");
        numbers(b.low());
        out.append(", high=");
        numbers(b.high());
        out.append("]]");
    }

    private void target(OptionalDouble target) {
        if (target.isEmpty()) {
            out.append("OptionalDouble.empty");
        } else {
            out.append("OptionalDouble[").append(target.getAsDouble()).append(']');
        }
    }

    private void format(ValueFormat f) {
        out.append("ValueFormat[decimals=").append(f.decimals()).append(", unit=").append(f.unit())
                .append(", signed=").append(f.signed()).append(", locale=LocaleFormat[language=")
                .append(f.locale().language()).append("], seconds=").append(f.seconds()).append(']');
    }

    // As a list writes itself: "[a, b]", each element as String.valueOf writes it.
    private void strings(List<String> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(list.get(i));
        }
        out.append(']');
    }

    private void numbers(List<Double> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(list.get(i));
        }
        out.append(']');
    }
}
