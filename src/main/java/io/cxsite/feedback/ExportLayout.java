package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
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
 * the columns only it writes), how many header rows it has, and the column of each role, by
 * name in English, Swedish or Norwegian, or by the question's wording when the tool names
 * columns after questions.
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

    /** Column names per role, folded (no case, diacritics, spaces or punctuation); earlier ones win. */
    private static final List<List<String>> NAMES = List.of(
            List.of("recordeddate", "submitdateutc", "submittedat", "submitdate", "submissiondate", "enddate",
                    "createdat", "created", "date", "datum", "dato", "timestamp", "tidpunkt", "tidspunkt",
                    "svarsdatum", "svardato", "responsedate", "answeredat", "answered", "time", "tid", "startdate",
                    "startdateutc"),
            List.of("score", "nps", "npsscore", "npsrating", "npsbetyg", "rating", "ltr", "likelihood",
                    "recommend", "betyg", "poang", "karakter", "vurdering", "anbefaling", "rekommendation",
                    "sannolikhet", "npssvar"),
            List.of("comment", "comments", "kommentar", "kommentarer", "feedback", "text", "reason", "fritext",
                    "fritekst", "motivering", "begrunnelse", "verbatim", "tilbakemelding", "synpunkter",
                    "openended", "opentext", "why"),
            List.of("channel", "kanal", "kontaktkanal", "touchpoint", "contactchannel"),
            List.of("segment", "kundsegment", "kundesegment", "customersegment", "customertype", "kundtyp",
                    "kundetype", "kundgrupp", "kundegruppe"),
            List.of("language", "userlanguage", "lang", "locale", "sprak", "sprog", "sprakkode", "sprakkod"),
            List.of("csat", "csatscore", "satisfaction", "nojdhet", "kundnojdhet", "tilfredshet"),
            List.of("ces", "cesscore", "effort", "customereffort", "anstrangning", "innsats"));

    /** Words of a question that asks for the 0-10 score, or for the reason behind it. */
    private static final List<String> SCORE_WORDS = List.of("recommend", "how likely", "rekommendera",
            "hur sannolikt", "anbefale", "hvor sannsynlig");
    private static final List<String> COMMENT_WORDS = List.of("why", "reason", "comment", "tell us", "varfor",
            "anledning", "kommentar", "beratta", "hvorfor", "begrunn", "fortell");

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
        String[] questions = new String[names.size()];
        Arrays.fill(questions, "");
        int headerRows = 1;
        Optional<ZoneId> zone = Optional.empty();
        int[] roles = new int[FeedbackConfig.ROLES.size()];
        Arrays.fill(roles, -1);
        switch (format) {
            case "qualtrics" -> {
                headerRows = 2;
                if (head.size() > 1) {
                    copy(head.get(1), questions);
                }
                if (head.size() > 2 && head.get(2).length > 0 && head.get(2)[0].strip().startsWith("{\"ImportId\"")) {
                    headerRows = 3;
                }
                // The NPS question Q has a companion column Q_NPS_GROUP; the score is in Q.
                for (int i = 0; i < names.size(); i++) {
                    String n = names.get(i);
                    if (n.toUpperCase(java.util.Locale.ROOT).endsWith("_NPS_GROUP")) {
                        int score = names.indexOf(n.substring(0, n.length() - "_NPS_GROUP".length()));
                        if (score >= 0 && roles[SCORE] < 0) {
                            roles[SCORE] = score;
                        }
                    }
                }
            }
            case "surveymonkey" -> {
                headerRows = 2;
                if (head.size() > 1) {
                    copy(head.get(1), questions);
                }
            }
            case "typeform" -> zone = Optional.of(ZoneOffset.UTC);
            default -> {
            }
        }
        if (rule.isPresent() && rule.get().headerRows() > 0) {
            headerRows = rule.get().headerRows();
        }
        for (int role = 0; role < roles.length; role++) {
            if (roles[role] < 0) {
                roles[role] = byName(folded, NAMES.get(role), roles);
            }
        }
        if (roles[SCORE] < 0) {
            roles[SCORE] = byWording(names, questions, SCORE_WORDS, roles);
        }
        if (roles[COMMENT] < 0) {
            roles[COMMENT] = byWording(names, questions, COMMENT_WORDS, roles);
        }
        if (roles[COMMENT] < 0 && format.equals("surveymonkey")) {
            roles[COMMENT] = indexOf(questions, "Open-Ended Response", roles);
        }
        int finished = folded.indexOf("finished");
        if (format.equals("qualtrics") && headerRows >= 3 && roles[DATE] >= 0 && head.size() > 2
                && head.get(2).length > roles[DATE]) {
            Matcher m = IMPORT_ZONE.matcher(head.get(2)[roles[DATE]]);
            if (m.find()) {
                try {
                    zone = Optional.of(ZoneId.of(m.group(1)));
                } catch (java.time.DateTimeException e) {
                    zone = Optional.empty();
                }
            }
        }
        int status = format.equals("qualtrics") ? folded.indexOf("status") : -1;
        return new ExportLayout(format, headerRows, names, roles, finished, status, zone);
    }

    /** A layout for JSON, where every object names its own keys: roles are found per key. */
    static int roleOfKey(String key) {
        String k = key(key);
        for (int role = 0; role < NAMES.size(); role++) {
            if (NAMES.get(role).contains(k)) {
                return role;
            }
        }
        return -1;
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

    private static int byName(List<String> folded, List<String> candidates, int[] taken) {
        for (String candidate : candidates) {
            int i = folded.indexOf(candidate);
            if (i >= 0 && !isTaken(i, taken)) {
                return i;
            }
        }
        return -1;
    }

    private static int byWording(List<String> names, String[] questions, List<String> words, int[] taken) {
        for (int i = 0; i < names.size(); i++) {
            String text = Topics.fold(names.get(i) + " " + questions[i]);
            if (isTaken(i, taken) || text.endsWith("- group") || text.contains("nps_group")) {
                continue;
            }
            for (String word : words) {
                if (text.contains(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int indexOf(String[] values, String wanted, int[] taken) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].strip().equalsIgnoreCase(wanted) && !isTaken(i, taken)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTaken(int column, int[] taken) {
        for (int t : taken) {
            if (t == column) {
                return true;
            }
        }
        return false;
    }

    private static void copy(String[] row, String[] into) {
        System.arraycopy(row, 0, into, 0, Math.min(row.length, into.length));
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
