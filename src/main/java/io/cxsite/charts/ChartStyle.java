package io.cxsite.charts;

import java.util.List;

/**
 * The style sheet inside every chart. Every selector starts with the chart's id, so two charts on
 * one page cannot restyle each other, and the same sheet works inline and in a standalone file.
 * Light colours by default, lighter hues on dark backgrounds, black text in print.
 */
final class ChartStyle {
    /** Series hues after Okabe and Ito's colour-blind-safe palette, yellow last: it is faint on white. */
    static final List<String> LIGHT = List.of("#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7",
            "#f0e442", "#7f7f7f");
    static final List<String> DARK = List.of("#4ea8e6", "#f0b132", "#2ec493", "#f07b3f", "#8fd0f5", "#e09cc4",
            "#f0e442", "#a6a6a6");
    /** Value labels inside bars: white only on the dark blue, black on the rest (contrast 4.5:1 or more). */
    private static final List<String> LIGHT_INSIDE = List.of("#fff", "#000", "#000", "#000", "#000", "#000", "#000",
            "#000");
    private static final List<String> DARK_INSIDE = List.of("#0f1920", "#0f1920", "#0f1920", "#0f1920", "#0f1920",
            "#0f1920", "#0f1920", "#0f1920");

    /**
     * Below this viewport width (phones) chart text is set at {@link #NARROW_FONT} and labels of
     * class {@code cx-alt} are hidden: a 600-unit chart 335 px wide then writes 11.7 px text.
     */
    static final int NARROW = 560;
    static final double FONT = 14;
    static final double NARROW_FONT = 21;
    static final double VALUE_FONT = 13;

    /** Stands for the chart's selector while the sheet is cut: a character no style sheet here holds. */
    private static final char ID_MARK = '\u0000';

    /** The sheet cut where each selector names the chart: written once, joined with each chart's id. */
    private static final List<String> SHEET_AROUND_ID = List.of(sheet(String.valueOf(ID_MARK)).split(
            String.valueOf(ID_MARK), -1));

    private ChartStyle() {
    }

    static int colourCount() {
        return LIGHT.size();
    }

    static String css(String id) {
        return String.join("#" + id, SHEET_AROUND_ID);
    }

    // The sheet with {@code p} where each selector names the chart.
    private static String sheet(String p) {
        StringBuilder css = new StringBuilder(2048);
        css.append(p).append("{color-scheme:light dark}");
        css.append(p).append(" text{font-family:system-ui,sans-serif;font-size:").append(Markup.num(FONT))
                .append("px;fill:#1b2a35;stroke:none}");
        css.append(p).append(" .cx-tick{fill:#4a5d6b}");
        css.append(p).append(" .cx-grid{stroke:#e1e7eb;stroke-width:1}");
        css.append(p).append(" .cx-axis,").append(p).append(" .cx-zero{stroke:#6b7c88;stroke-width:1}");
        css.append(p).append(" .cx-zero{stroke-width:1.5}");
        css.append(p).append(" .cx-line{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}");
        css.append(p).append(" .cx-dot{stroke:transparent;stroke-width:10}");
        css.append(p).append(" .cx-bar{stroke:#fff;stroke-width:1}");
        css.append(p).append(" .cx-track{stroke:#e1e7eb;stroke-width:2}");
        css.append(p).append(" .cx-mark{stroke-width:4;stroke-linecap:round}");
        css.append(p).append(" .cx-band{fill:").append(LIGHT.get(0)).append(";fill-opacity:.16;stroke:none}");
        css.append(p).append(" .cx-target{fill:none;stroke:#1b2a35;stroke-width:1.5;stroke-dasharray:6 4}");
        css.append(p).append(" .cx-reference{fill:none;stroke:#7a4f9a;stroke-width:2;stroke-dasharray:1.5 3.5;")
                .append("stroke-linecap:round}");
        css.append(p).append(" .cx-reference-label{fill:#6a3f8a}");
        css.append(p).append(" .cx-target-label,").append(p).append(" .cx-end,").append(p).append(" .cx-dot-value,").append(p)
                .append(" .cx-panel-title{font-weight:600}");
        css.append(p).append(" .cx-value{font-size:").append(Markup.num(VALUE_FONT)).append("px}");
        css.append(p).append(" .cx-empty{fill:#4a5d6b;font-size:16px}");
        css.append(p).append(" .cx-halo{paint-order:stroke;stroke:#fff;stroke-width:4;stroke-linejoin:round}");
        appendSeries(css, p, LIGHT, LIGHT_INSIDE);

        css.append("@media (prefers-color-scheme:dark){");
        css.append(p).append(" text{fill:#e2eaef}");
        css.append(p).append(" .cx-tick,").append(p).append(" .cx-empty{fill:#a9bac6}");
        css.append(p).append(" .cx-grid,").append(p).append(" .cx-track{stroke:#2a3b47}");
        css.append(p).append(" .cx-axis,").append(p).append(" .cx-zero{stroke:#8194a1}");
        css.append(p).append(" .cx-bar{stroke:#16232d}");
        css.append(p).append(" .cx-band{fill:").append(DARK.get(0)).append(";fill-opacity:.22}");
        css.append(p).append(" .cx-target{stroke:#e2eaef}");
        css.append(p).append(" .cx-reference{stroke:#c9a6e4}");
        css.append(p).append(" .cx-reference-label{fill:#d7bdeb}");
        css.append(p).append(" .cx-halo{stroke:#16232d}");
        appendSeries(css, p, DARK, DARK_INSIDE);
        css.append('}');

        css.append("@media (max-width:").append(NARROW).append("px){");
        css.append(p).append(" text{font-size:").append(Markup.num(NARROW_FONT)).append("px}");
        css.append(p).append(" .cx-alt,").append(p).append(" .cx-value{display:none}");
        css.append('}');

        css.append("@media print{");
        css.append(p).append(" text,").append(p).append(" .cx-tick{fill:#000}");
        css.append(p).append(" .cx-axis,").append(p).append(" .cx-zero,").append(p).append(" .cx-target,").append(p)
                .append(" .cx-reference{stroke:#000}");
        css.append(p).append(" .cx-grid{stroke:#ccc}");
        css.append(p).append(" .cx-halo{stroke:#fff}");
        css.append('}');
        return css.toString();
    }

    // A series group sets stroke and fill, which its lines, dots, bars and swatches inherit; value
    // labels inside bars get a text colour that reads on that fill.
    private static void appendSeries(StringBuilder css, String p, List<String> colours, List<String> inside) {
        for (int i = 0; i < colours.size(); i++) {
            css.append(p).append(" .cx-s").append(i).append("{stroke:").append(colours.get(i))
                    .append(";fill:").append(colours.get(i)).append('}');
            css.append(p).append(" .cx-s").append(i).append(" .cx-inside{fill:").append(inside.get(i)).append('}');
        }
    }
}
