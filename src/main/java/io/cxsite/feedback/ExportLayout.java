package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column of an export holds what, worked out from its header rows: the survey tool (from
 * the columns only it writes), how many header rows it has, the zone it writes times in, and the
 * column of each role ({@link ColumnRoles}: by name in English, Swedish or Norwegian, or by the
 * question's wording when the tool names columns after questions).
 *
 * @param format     the tool, one of {@link FeedbackConfig#FORMATS}
 * @param headerRows rows before the first answer
 * @param names      the column names of the first header row
 * @param roles      the column of each role of {@link FeedbackConfig#ROLES}, or -1
 * @param finished   the column that says whether the answer was completed (Qualtrics), or -1
 * @param status     the column that says whether a row is a real answer, a preview, a test or spam (Qualtrics), or -1
 * @param zone       the zone the export writes local times in, when the export says (Qualtrics, Typeform)
 */
record ExportLayout(String format, int headerRows, List<String> names, int[] roles, int finished, int status,
        Optional<ZoneId> zone) {

    static final int DATE = 0;
    static final int SCORE = 1;
    static final int COMMENT = 2;
    static final int CHANNEL = 3;
    static final int SEGMENT = 4;
    static final int LANGUAGE = 5;
    static final int CSAT = 6;
    static final int CES = 7;

    /** The first cell of Qualtrics' third header row, which holds each column's import id and time zone. */
    private static final String IMPORT_ID = "{\"ImportId\"";
    private static final Pattern IMPORT_ZONE = Pattern.compile("\"timeZone\"\\s*:\\s*\"([^\"]+)\"");

    /** The column a role is in, or -1. */
    int column(int role) {
        return roles[role];
    }

    /**
     * Works out the layout from the first rows of a CSV export (fewer when the file is short).
     *
     * @return the layout; roles that no column fills are -1
     */
    static ExportLayout detect(List<String[]> head, Optional<FeedbackConfig.Rule> rule) {
        String[] first = head.isEmpty() ? new String[0] : head.get(0);
        List<String> names = Arrays.stream(first).map(String::strip).toList();
        List<String> folded = names.stream().map(ExportLayout::key).toList();
        String format = rule.flatMap(FeedbackConfig.Rule::format).orElseGet(() -> detectFormat(folded));
        int headerRows = rule.map(FeedbackConfig.Rule::headerRows).filter(rows -> rows > 0)
                .orElseGet(() -> headerRows(format, head));
        int[] roles = ColumnRoles.find(format, names, folded, questions(format, head, names.size()));
        int finished = folded.indexOf("finished");
        int status = format.equals("qualtrics") ? folded.indexOf("status") : -1;
        return new ExportLayout(format, headerRows, names, roles, finished, status,
                zone(format, head, headerRows, roles[DATE]));
    }

    /** Qualtrics writes a row of questions and maybe one of import ids; SurveyMonkey a row of questions. */
    private static int headerRows(String format, List<String[]> head) {
        return switch (format) {
            case "qualtrics" -> head.size() > 2 && head.get(2).length > 0
                    && head.get(2)[0].strip().startsWith(IMPORT_ID) ? 3 : 2;
            case "surveymonkey" -> 2;
            default -> 1;
        };
    }

    /** The question of each column, from the second header row of the tools that write one; else "". */
    private static String[] questions(String format, List<String[]> head, int columns) {
        String[] questions = new String[columns];
        Arrays.fill(questions, "");
        if ((format.equals("qualtrics") || format.equals("surveymonkey")) && head.size() > 1) {
            String[] row = head.get(1);
            System.arraycopy(row, 0, questions, 0, Math.min(row.length, columns));
        }
        return questions;
    }

    /** Typeform writes UTC; Qualtrics names its zone in the import id of the date column. */
    private static Optional<ZoneId> zone(String format, List<String[]> head, int headerRows, int dateColumn) {
        if (format.equals("typeform")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (!format.equals("qualtrics") || headerRows < 3 || dateColumn < 0 || head.size() <= 2
                || head.get(2).length <= dateColumn) {
            return Optional.empty();
        }
        Matcher m = IMPORT_ZONE.matcher(head.get(2)[dateColumn]);
        try {
            return m.find() ? Optional.of(ZoneId.of(m.group(1))) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A layout for JSON, where every object names its own keys: roles are found per key. */
    static int roleOfKey(String key) {
        return ColumnRoles.roleOfKey(key(key));
    }

    private static String detectFormat(List<String> folded) {
        if (folded.contains("responseid") && (folded.contains("recordeddate") || folded.contains("finished"))) {
            return "qualtrics";
        }
        if (folded.contains("respondentid") && folded.contains("collectorid")) {
            return "surveymonkey";
        }
        if (folded.contains("permalink") || (folded.contains("personid") && folded.contains("score"))) {
            return "delighted";
        }
        if (!folded.isEmpty() && folded.get(0).isEmpty() && (folded.contains("submitdateutc")
                || folded.contains("networkid"))) {
            return "typeform"; // its first column is "#", which folds to nothing
        }
        return "csv";
    }

    /** A name as compared: "Språk" and "SPRAK" and "Submit Date (UTC)" fold to sprak and submitdateutc. */
    static String key(String name) {
        String folded = Topics.fold(name.strip());
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Applies the site.yaml {@code columns:} of a rule; returns the names it could not find. */
    List<String> applyColumns(Map<String, String> columns) {
        List<String> missing = new ArrayList<>();
        columns.forEach((role, name) -> {
            int index = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name.strip())) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                missing.add(role + ": " + name);
            } else {
                for (int r = 0; r < roles.length; r++) {
                    if (roles[r] == index) {
                        roles[r] = -1; // site.yaml says what this column is
                    }
                }
                roles[FeedbackConfig.ROLES.indexOf(role)] = index;
            }
        });
        return missing;
    }
}
