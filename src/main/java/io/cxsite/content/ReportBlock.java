package io.cxsite.content;

import java.util.List;

/**
 * A fenced block that asks for live figures: {@code ```cx-kpi nps csat period=2026-09} or
 * {@code ```cx-chart nps-trend from=2025-05}. Its body, if any, is the caption.
 *
 * @param kind  {@code cx-kpi} or {@code cx-chart}
 * @param words the words after the kind, as written
 * @param line  the file line of the opening fence, for errors
 */
public record ReportBlock(String kind, List<String> words, String caption, int line, int column) {
    public static final String PREFIX = "cx-";

    /** Whether a fenced block's info string makes it a report block. */
    public static boolean isReportBlock(String info) {
        return info != null && info.startsWith(PREFIX);
    }
}
