package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The numbers behind a chart as an HTML table (for readers who cannot see the chart, and for
 * anyone who wants the exact values) and as CSV (for download). One row per label; a column per
 * series, then the band's low and high ends and the target when the spec has them.
 */
public final class ChartTable {
    /** Header of the label column. */
    static final String LABEL_HEADER = "Period";
    /** Header of the label column of horizontal bars, whose labels name things rather than periods. */
    static final String ITEM_HEADER = "Item";

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private ChartTable() {
    }

    /**
     * {@code <table class="cx-data">} with the title as caption, a header row and one row per
     * label; values as readers see them ({@code +31.5%}, {@code –} when missing), all text escaped.
     */
    public static String html(ChartSpec spec) {
        List<Column> columns = columns(spec);
        Markup html = new Markup();
        html.open("table", "class", "cx-data", "tabindex", "0").newline(); // scrolls when wide: focusable
        html.element("caption", spec.title()).newline();
        html.open("thead").open("tr").element("th", labelHeader(spec), "scope", "col");
        columns.forEach(c -> html.element("th", c.header(), "scope", "col"));
        html.close("tr").close("thead").newline().open("tbody").newline();
        for (int i = 0; i < spec.labels().size(); i++) {
            html.open("tr").element("th", spec.labels().get(i), "scope", "row");
            for (Column c : columns) {
                html.element("td", c.format().format(c.values().apply(i)));
            }
            html.close("tr").newline();
        }
        return html.close("tbody").newline().close("table").newline().toString();
    }

    /**
     * RFC 4180 CSV: a header row, then one record per label, each line ended by CRLF as the RFC
     * says. Numbers are plain ({@code -4.5}, the spec's decimals, no unit, no plus sign; the unit
     * goes into the header as {@code NPS (%)}); a missing value is an empty field. Fields with a
     * comma, quote, CR or LF are quoted, quotes doubled. A text field that a spreadsheet would run as a
     * formula is {@linkplain #neutralise neutralised}.
     */
    public static String csv(ChartSpec spec) {
        List<Column> columns = columns(spec);
        StringBuilder csv = new StringBuilder(1024);
        List<String> header = new ArrayList<>(List.of(labelHeader(spec)));
        for (Column c : columns) {
            String unit = c.format().unit().strip();
            header.add(unit.isEmpty() ? c.header() : c.header() + " (" + unit + ")");
        }
        record(csv, header);
        for (int i = 0; i < spec.labels().size(); i++) {
            List<String> fields = new ArrayList<>(List.of(spec.labels().get(i)));
            for (Column c : columns) {
                fields.add(c.format().plain(c.values().apply(i)));
            }
            record(csv, fields);
        }
        return csv.toString();
    }

    private static String labelHeader(ChartSpec spec) {
        return spec.kind() == ChartKind.HORIZONTAL_BARS || spec.kind() == ChartKind.DOTS
                || spec.kind() == ChartKind.SCATTER ? ITEM_HEADER : LABEL_HEADER;
    }

    /**
     * A value column: its header, its value at each label index ({@code null} when missing), and how
     * its values are written (the chart's format, but a share in per cent for a scatter chart's x).
     */
    private record Column(String header, Function<Integer, Double> values, ValueFormat format) {
    }

    private static List<Column> columns(ChartSpec spec) {
        ValueFormat format = spec.format();
        boolean scatter = spec.kind() == ChartKind.SCATTER;
        // spec: a scatter chart's first series and its references are shares in per cent (ChartKind.SCATTER)
        ValueFormat x = scatter ? ScatterPlot.xFormat(spec, 1) : format;
        List<Column> columns = new ArrayList<>();
        for (int k = 0; k < spec.series().size(); k++) {
            Series s = spec.series().get(k);
            columns.add(new Column(s.name(), s.values()::get, k == 0 ? x : format));
        }
        spec.band().ifPresent(b -> {
            columns.add(new Column(b.name() + ", low", b.low()::get, format));
            columns.add(new Column(b.name() + ", high", b.high()::get, format));
        });
        spec.target().ifPresent(t -> columns.add(new Column(spec.targetName(), i -> t, format)));
        spec.references().forEach(r -> columns.add(new Column(r.header(), i -> r.value(), x)));
        return columns;
    }

    private static void record(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quote(neutralise(fields.get(i))));
        }
        csv.append("\r\n");
    }

    /**
     * The field as a spreadsheet shows it, never as a formula it runs: a field starting with
     * {@code = + - @}, a tab or a carriage return (or a full-width {@code ＝ ＋ － ＠}) gets an apostrophe
     * in front, which Excel, LibreOffice and Google Sheets read as "text follows" and hide. A plain
     * number ({@code -4.5}, {@code +12}) stays a number: it cannot run anything, and a chart's
     * negative values must stay usable.
     */
    static String neutralise(String field) {
        // spec: OWASP "CSV Injection", the apostrophe prefix
        if (field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0 || PLAIN_NUMBER.matcher(field).matches()) {
            return field;
        }
        return "'" + field;
    }

    // RFC 4180 section 2, rules 6 and 7.
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
