package io.cxsite.content;

import java.util.List;

/**
 * A fenced block that asks for live figures: {@code ```cx-kpi nps csat period=2026-09} or
 * {@code ```cx-chart nps-trend from=2025-05}. Its body, if any, is the caption.
 *
 * @param kind  {@code cx-kpi} or {@code cx-chart}
 * @param words the words after the kind, as written
 * @param line  the file line of the opening fence, for errors
 * @param text  the body as written, not stripped: its first line is file line {@code line + 1}
 *              (a {@code cx-troubleshoot} flow is YAML whose errors need their own line)
 * @param textColumn the file column where the body's lines start (after list or quote markers)
 */
public record ReportBlock(String kind, List<String> words, String caption, int line, int column, String text,
        int textColumn) {
    public static final String PREFIX = "cx-";
    /** A guided troubleshooting flow on a help page; found here like the report blocks, checked by its own spec. */
    public static final String FLOW = "cx-troubleshoot";

    public boolean isFlow() {
        return kind.equals(FLOW);
    }

    /** Whether a fenced block's info string makes it a report block. */
    public static boolean isReportBlock(String info) {
        return info != null && info.startsWith(PREFIX);
    }
}
