package io.cxsite.feedback;

import io.cxsite.diagnostics.Problem;
import io.cxsite.config.FeedbackConfig;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Turns the cells of one row, already sorted by role, into a {@link Response}, a bad row or an
 * unfinished answer. Shared by the CSV and JSON readers so that every format obeys the same rules.
 */
final class Answers {
    private final String source;
    private final ExportDates dates;
    private final String[] defaults;
    private final ExportSink sink;
    private final AnswerLabels labels = new AnswerLabels();

    Answers(String source, ExportDates dates, Map<String, String> defaults, ExportSink sink) {
        this.source = source;
        this.dates = dates;
        this.sink = sink;
        this.defaults = new String[FeedbackConfig.ROLES.size()];
        defaults.forEach((role, value) -> this.defaults[FeedbackConfig.ROLES.indexOf(role)] = value);
    }

    /**
     * @param values   cell text by role (index as {@link FeedbackConfig#ROLES}), null where the export has none
     * @param finished the export's completion flag, or null when it has none
     * @param status   Qualtrics's Status cell (real answer, preview, test, spam), or null when there is none
     */
    void row(long line, String[] values, String finished, String status) {
        java.util.Optional<String> leftOut = status == null ? java.util.Optional.empty() : QualtricsStatus.leftOut(status);
        if (leftOut.isPresent()) {
            sink.leftOut(source, line, leftOut.get());
            return;
        }
        if (finished != null && isNo(finished)) {
            sink.unfinished(source, line);
            return;
        }
        String scoreText = value(values, ExportLayout.SCORE);
        if (scoreText.isEmpty()) {
            sink.unfinished(source, line);
            return;
        }
        int score = score(scoreText);
        if (score < 0) {
            sink.badRow(source, line, "the score " + quote(scoreText) + " is not a whole number from 0 to 10");
            return;
        }
        String dateText = value(values, ExportLayout.DATE);
        if (dateText.isEmpty()) {
            sink.badRow(source, line, "the answer has no date");
            return;
        }
        LocalDate day = dates.day(dateText);
        if (day == null) {
            sink.badRow(source, line, "cannot read the date " + quote(dateText) + "; dates are read as 2026-10-05,"
                    + " 05.10.2026 (day first) or 10/05/2026 (US, month first), or set dateFormat in site.yaml");
            return;
        }
        OptionalDouble csat = number(values, ExportLayout.CSAT, 1, 5, line, "CSAT");
        OptionalDouble ces = number(values, ExportLayout.CES, 1, 7, line, "CES");
        if (csat == null || ces == null) {
            return;
        }
        // the comment is redacted where it is kept (FeedbackCollector); every other text here may be published
        sink.accept(new Response(source, line, day, OptionalInt.of(score), value(values, ExportLayout.COMMENT),
                labels.channelCode(value(values, ExportLayout.CHANNEL)),
                labels.segmentCode(value(values, ExportLayout.SEGMENT)),
                labels.languageCode(value(values, ExportLayout.LANGUAGE)), csat, ces));
    }

    private String value(String[] values, int role) {
        String v = values[role];
        if (v == null || v.isBlank()) {
            return defaults[role] == null ? "" : defaults[role];
        }
        return v.strip();
    }

    /** Null (after reporting the row) when the value is there but not a number in range. */
    private OptionalDouble number(String[] values, int role, int min, int max, long line, String what) {
        String text = value(values, role);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(text.replace(',', '.'));
            if (v >= min && v <= max) {
                return OptionalDouble.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        sink.badRow(source, line, "the " + what + " answer " + quote(text) + " is not a number from " + min + " to "
                + max);
        return null;
    }

    /**
     * The 0-10 answer: {@code 9}, {@code 9.0}, {@code "9 - Very likely"}, {@code "10 (Extremely likely)"};
     * -1 for anything else.
     */
    static int score(String text) {
        int i = 0;
        int n = text.length();
        int value = 0;
        while (i < n && i < 3 && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == 0 || value > 10) {
            return -1;
        }
        if (i < n && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            while (i < n && text.charAt(i) == '0') {
                i++;
            }
        }
        if (i == n || text.charAt(i) == ' ' || text.charAt(i) == '(' || text.charAt(i) == '-') {
            return value;
        }
        return -1;
    }

    private static boolean isNo(String flag) {
        String f = flag.strip();
        return f.equals("0") || f.equalsIgnoreCase("false") || f.equalsIgnoreCase("no") || f.equalsIgnoreCase("nej")
                || f.equalsIgnoreCase("nei");
    }

    /**
     * A cell quoted in a message, redacted, cut short and with control characters escaped: it may be a
     * customer's words in the wrong column, or bytes read in the wrong encoding.
     */
    static String quote(String text) {
        String safe = Redactor.redact(text.strip());
        return "'" + Problem.printable(safe.length() > 40 ? safe.substring(0, 40) + "…" : safe) + "'";
    }
}
