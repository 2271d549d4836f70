package io.cxsite.feedback;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the SQL that turns a warehouse table of raw answers ({@code date} timestamp with time zone,
 * {@code score}, {@code comment}, {@code channel}, {@code segment}, {@code language}) into an
 * aggregated export ({@code .agg.csv}) and a JSON Lines file of verbatims, with the site's time zone
 * and its topics compiled in. Comments are folded and matched as {@link Topics#match} does: words are
 * runs of letters and digits, lower case and without diacritics, and a keyword is found as a run of
 * whole words, its last word as a prefix when it ends in {@code *}. In SQL the folded comment is its
 * words between single spaces, so a keyword is a plain substring search for {@code " word "}.
 */
public final class WarehouseSql {
    private final SqlDialect dialect;
    private final Topics topics;
    private final String zone;
    private final String table;

    private WarehouseSql(SqlDialect dialect, Topics topics, ZoneId zone, String table) {
        this.dialect = dialect;
        this.topics = topics;
        this.zone = zone.getId();
        this.table = table;
    }

    /** Which statements to write: both, or one of them for a job that saves each result to its own file. */
    public enum Part {
        ALL, AGGREGATE, VERBATIMS
    }

    /**
     * The statements, each ending in {@code ;} at the end of its line: the aggregate, then the newest
     * {@code newest} comments per topic, month and group (promoters, detractors) as JSON lines.
     */
    public static String of(SqlDialect dialect, Topics topics, ZoneId zone, String table, int newest) {
        return of(dialect, topics, zone, table, newest, Part.ALL);
    }

    /** As {@link #of(SqlDialect, Topics, ZoneId, String, int)}, only the statements of {@code part}. */
    public static String of(SqlDialect dialect, Topics topics, ZoneId zone, String table, int newest, Part part) {
        WarehouseSql sql = new WarehouseSql(dialect, topics, zone, table);
        StringBuilder text = new StringBuilder(SqlNotes.header(dialect, topics, zone, table))
                .append(dialect.prelude(zone.getId()));
        if (part != Part.VERBATIMS) {
            text.append("\n-- The aggregate: save the result as content/feedback/<name>.agg.csv (with its header).\n")
                    .append(sql.aggregate()).append('\n');
        }
        if (part != Part.AGGREGATE) {
            text.append("\n-- Verbatims: the newest ").append(newest).append(" comments per topic, month and group")
                    .append(" (promoters, detractors),\n-- one JSON object per row; save the rows, one per line, as")
                    .append(" content/feedback/<name>.verbatims.jsonl.\n").append(sql.verbatims(newest)).append('\n');
        }
        return text.toString();
    }

    private String aggregate() {
        return "WITH answers AS (\n" + answers(false) + "\n),\ntagged AS (\n  "
                + dialect.topicRows("day, channel, segment, language, score", elements(true),
                        "answers WHERE " + inRange())
                + "\n)\nSELECT day, channel, segment, language, topic, score, count(*) AS " + dialect.quote("count")
                + "\nFROM tagged\nWHERE topic IS NOT NULL"
                + "\nGROUP BY day, channel, segment, language, topic, score"
                + "\nORDER BY day, channel, segment, language, topic, score;";
    }

    private String verbatims(int newest) {
        String group = "CASE WHEN score >= 9 THEN 'promoter' ELSE 'detractor' END";
        return "WITH answers AS (\n" + answers(true) + "\n),\ntagged AS (\n  "
                + dialect.topicRows("day, channel, segment, language, score, comment, answered_at", elements(false),
                        "answers WHERE " + inRange() + " AND (score >= 9 OR score <= 6) AND trim(comment) <> ''")
                + "\n),\nranked AS (\n  SELECT *, row_number() OVER (PARTITION BY topic, " + dialect.month("day")
                + ", " + group + "\n    ORDER BY answered_at DESC, comment) AS newest\n  FROM tagged WHERE topic IS"
                + " NOT NULL\n)\nSELECT DISTINCT " + dialect.json("answered_at") + " AS json\nFROM ranked\nWHERE"
                + " newest <= " + newest + "\nORDER BY json;";
    }

    /** The answers with their day, codes and folded words; scores outside 0-10 are no answers. */
    private String answers(boolean withComment) {
        String date = dialect.quote("date");
        String comment = "coalesce(" + dialect.quote("comment") + ", '')";
        List<String> columns = new ArrayList<>();
        columns.add(dialect.day(date, zone) + " AS day");
        columns.add(codes("channel", AnswerLabels.CHANNELS) + " AS channel");
        columns.add("lower(trim(coalesce(" + dialect.quote("segment") + ", ''))) AS segment");
        columns.add(language() + " AS language");
        columns.add("CAST(" + dialect.quote("score") + " AS INT) AS score");
        columns.add("concat(' ', " + dialect.fold(comment) + ", ' ') AS words");
        if (withComment) {
            columns.add(comment + " AS comment");
            columns.add(date + " AS answered_at");
        }
        return "  SELECT\n    " + String.join(",\n    ", columns) + "\n  FROM " + table + "\n  WHERE "
                + dialect.quote("score") + " BETWEEN 0 AND 10 AND " + date + " IS NOT NULL";
    }

    /** cxsite skips answers dated after today or before 2000 (a placeholder or a lost century). */
    private String inRange() {
        return "day BETWEEN DATE '2000-01-01' AND " + dialect.today(zone);
    }

    /** cxsite's channel codes: lower case, with the usual Nordic names mapped (telefon is phone). */
    private String codes(String column, Map<String, String> names) {
        String lower = "lower(trim(coalesce(" + dialect.quote(column) + ", '')))";
        StringBuilder sql = new StringBuilder("CASE " + lower);
        new TreeMap<>(names).forEach((name, code) -> sql.append(" WHEN ").append(dialect.literal(name))
                .append(" THEN ").append(dialect.literal(code)));
        return sql.append(" ELSE ").append(lower).append(" END").toString();
    }

    /** ISO 639-1 as cxsite reads it: the part before '-' or '_', with language names mapped (svenska is sv). */
    private String language() {
        String lower = "lower(trim(coalesce(" + dialect.quote("language") + ", '')))";
        String primary = "CASE WHEN " + dialect.contains(lower, "-") + " OR " + dialect.contains(lower, "_")
                + " THEN regexp_extract(" + lower + ", '^[^_-]*'" + (dialect == SqlDialect.SPARK ? ", 0" : "")
                + ") ELSE " + lower + " END";
        StringBuilder sql = new StringBuilder("CASE " + primary);
        new TreeMap<>(AnswerLabels.LANGUAGES).forEach((name, code) -> sql.append(" WHEN ")
                .append(dialect.literal(name)).append(" THEN ").append(dialect.literal(code)));
        return sql.append(" ELSE ").append(primary).append(" END").toString();
    }

    /** The topic of each row per answer: '' for all answers, then each topic's id when it matches, else null. */
    private String elements(boolean withAll) {
        List<String> elements = new ArrayList<>();
        if (withAll) {
            elements.add(dialect == SqlDialect.DUCKDB ? "CAST('' AS VARCHAR)" : "''");
        }
        TopicSql matcher = new TopicSql(dialect, "words", "language");
        for (Topics.Topic topic : topics.all()) {
            elements.add("\n    CASE WHEN " + matcher.matches(topic) + " THEN " + dialect.literal(topic.id()) + " END");
        }
        if (elements.isEmpty()) {
            elements.add(dialect == SqlDialect.DUCKDB ? "CAST(NULL AS VARCHAR)" : "CAST(NULL AS STRING)");
        }
        return String.join(", ", elements);
    }
}
