package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds the column of each role of {@link FeedbackConfig#ROLES} in an export's header: first by
 * the tool's own conventions, then by column name in English, Swedish or Norwegian, then by the
 * wording of the question when the tool names columns after questions. A column takes one role.
 */
final class ColumnRoles {
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
    /** Qualtrics names the group of an NPS question Q as Q_NPS_GROUP; the score is in Q. */
    private static final String NPS_GROUP = "_NPS_GROUP";

    private final List<String> names;
    private final List<String> folded;
    private final String[] questions;
    private final int[] roles = new int[FeedbackConfig.ROLES.size()];

    private ColumnRoles(List<String> names, List<String> folded, String[] questions) {
        this.names = names;
        this.folded = folded;
        this.questions = questions;
        Arrays.fill(roles, -1);
    }

    /**
     * The column of each role, -1 where no column fills it.
     *
     * @param names     the column names as written
     * @param folded    the same names as {@link ExportLayout#key} folds them
     * @param questions the question of each column, or "" when the tool writes none
     */
    static int[] find(String format, List<String> names, List<String> folded, String[] questions) {
        ColumnRoles found = new ColumnRoles(names, folded, questions);
        if (format.equals("qualtrics")) {
            found.roles[ExportLayout.SCORE] = found.npsGroupScore();
        }
        found.byNames();
        found.fill(ExportLayout.SCORE, found.byWording(SCORE_WORDS));
        found.fill(ExportLayout.COMMENT, found.byWording(COMMENT_WORDS));
        if (format.equals("surveymonkey")) {
            found.fill(ExportLayout.COMMENT, found.byQuestion("Open-Ended Response"));
        }
        return found.roles;
    }

    /** The role whose names hold the folded {@code key}, or -1. */
    static int roleOfKey(String key) {
        for (int role = 0; role < NAMES.size(); role++) {
            if (NAMES.get(role).contains(key)) {
                return role;
            }
        }
        return -1;
    }

    private void fill(int role, int column) {
        if (roles[role] < 0) {
            roles[role] = column;
        }
    }

    /** The first column Q whose companion Q_NPS_GROUP exists, or -1. */
    private int npsGroupScore() {
        for (String n : names) {
            if (n.toUpperCase(Locale.ROOT).endsWith(NPS_GROUP)) {
                int score = names.indexOf(n.substring(0, n.length() - NPS_GROUP.length()));
                if (score >= 0) {
                    return score;
                }
            }
        }
        return -1;
    }

    private void byNames() {
        for (int role = 0; role < roles.length; role++) {
            if (roles[role] < 0) {
                roles[role] = byName(NAMES.get(role));
            }
        }
    }

    private int byName(List<String> candidates) {
        for (String candidate : candidates) {
            int i = folded.indexOf(candidate);
            if (i >= 0 && !isTaken(i)) {
                return i;
            }
        }
        return -1;
    }

    private int byWording(List<String> words) {
        for (int i = 0; i < names.size(); i++) {
            String text = Topics.fold(names.get(i) + " " + questions[i]);
            if (isTaken(i) || text.endsWith("- group") || text.contains("nps_group")) {
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

    private int byQuestion(String wanted) {
        for (int i = 0; i < questions.length; i++) {
            if (questions[i].strip().equalsIgnoreCase(wanted) && !isTaken(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isTaken(int column) {
        for (int t : roles) {
            if (t == column) {
                return true;
            }
        }
        return false;
    }
}
