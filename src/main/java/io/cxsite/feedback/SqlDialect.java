package io.cxsite.feedback;

import java.text.Normalizer;

/**
 * The SQL engines {@code cxsite sql} writes for, and the few constructs in which they differ: how
 * a comment is folded into words, how a timestamp becomes the site's day, how one answer becomes a
 * row per topic, and how a row becomes a JSON line. Everything else is plain SQL they share.
 */
public enum SqlDialect {
    DUCKDB {
        @Override
        String fold(String text) {
            return "regexp_replace(strip_accents(" + SqlDialect.replaceFolded("lower(" + text + ")")
                    + "), '[^\\p{L}\\p{Nd}]+', ' ', 'g')";
        }

        @Override
        String day(String timestamp, String zone) {
            return "CAST(timezone(" + literal(zone) + ", " + timestamp + ") AS DATE)";
        }

        @Override
        String today(String zone) {
            return "CAST(timezone(" + literal(zone) + ", now()) AS DATE)";
        }

        @Override
        String contains(String text, String part) {
            return "contains(" + text + ", " + literal(part) + ")";
        }

        @Override
        String keyword(String javaFolded) {
            return Normalizer.normalize(javaFolded, Normalizer.Form.NFC);
        }

        @Override
        String topicRows(String columns, String elements, String from) {
            return "SELECT " + columns + ", unnest([" + elements + "]) AS topic FROM " + from;
        }

        @Override
        String month(String day) {
            return "date_trunc('month', " + day + ")";
        }

        @Override
        String json(String timestamp) {
            return "CAST(to_json({'date': strftime(timezone('UTC', " + timestamp + "), '%Y-%m-%dT%H:%M:%SZ'),"
                    + " 'score': score, 'comment': comment, 'channel': channel, 'segment': segment,"
                    + " 'language': language}) AS VARCHAR)";
        }
    },
    SPARK {
        @Override
        String prelude(String zone) {
            return "-- The session's time zone is the site's, so that CAST(date AS DATE) gives the site's day.\n"
                    + "SET TIME ZONE " + literal(zone) + ";\n";
        }

        @Override
        String fold(String text) {
            String lower = "lower(" + text + ")";
            String folded = SparkFolding.TABLE.apply(lower);
            return "regexp_replace(regexp_replace(" + folded + ", '\\\\p{M}+', ''), '[^\\\\p{L}\\\\p{Nd}]+', ' ')";
        }

        @Override
        String day(String timestamp, String zone) {
            return "CAST(" + timestamp + " AS DATE)";
        }

        @Override
        String today(String zone) {
            return "current_date()";
        }

        @Override
        String contains(String text, String part) {
            return "instr(" + text + ", " + literal(part) + ") > 0";
        }

        @Override
        String keyword(String javaFolded) {
            return Normalizer.normalize(javaFolded, Normalizer.Form.NFC);
        }

        @Override
        String quote(String column) {
            return "`" + column + "`";
        }

        @Override
        String topicRows(String columns, String elements, String from) {
            return "SELECT " + columns + ", explode(array(" + elements + ")) AS topic FROM " + from;
        }

        @Override
        String month(String day) {
            return "trunc(" + day + ", 'MM')";
        }

        @Override
        String json(String timestamp) {
            return "to_json(named_struct('date', date_format(" + timestamp + ", \"yyyy-MM-dd'T'HH:mm:ssXXX\"),"
                    + " 'score', score, 'comment', comment, 'channel', channel, 'segment', segment,"
                    + " 'language', language))";
        }
    },
    BIGQUERY {
        @Override
        String fold(String text) {
            return "REGEXP_REPLACE(REGEXP_REPLACE(NORMALIZE(" + SqlDialect.replaceFolded("LOWER(" + text + ")")
                    + ", NFD), r'\\p{M}+', ''), r'[^\\p{L}\\p{Nd}]+', ' ')";
        }

        @Override
        String day(String timestamp, String zone) {
            return "DATE(" + timestamp + ", " + literal(zone) + ")";
        }

        @Override
        String today(String zone) {
            return "CURRENT_DATE(" + literal(zone) + ")";
        }

        @Override
        String contains(String text, String part) {
            return "STRPOS(" + text + ", " + literal(part) + ") > 0";
        }

        @Override
        String keyword(String javaFolded) {
            return javaFolded; // NFD without marks, as cxsite folds it
        }

        @Override
        String quote(String column) {
            return "`" + column + "`";
        }

        @Override
        String topicRows(String columns, String elements, String from) {
            return "SELECT " + columns + ", topic FROM " + from.replaceFirst(" WHERE ",
                    " CROSS JOIN UNNEST([" + elements + "]) AS topic WHERE ");
        }

        @Override
        String month(String day) {
            return "DATE_TRUNC(" + day + ", MONTH)";
        }

        @Override
        String json(String timestamp) {
            return "TO_JSON_STRING(STRUCT(FORMAT_TIMESTAMP('%Y-%m-%dT%H:%M:%SZ', " + timestamp + ", 'UTC') AS date,"
                    + " score, comment, channel, segment, language))";
        }
    };

    /** Statements to run before the queries: none, or a session setting. */
    String prelude(String zone) {
        return "";
    }

    /** The comment text as words separated by single spaces, lower case, without diacritics. */
    abstract String fold(String text);

    /** The day in the site's zone of a timestamp with time zone. */
    abstract String day(String timestamp, String zone);

    /** Today in the site's zone when the query runs. */
    abstract String today(String zone);

    /** Whether {@code text} contains {@code part}. */
    abstract String contains(String text, String part);

    /** A word of a keyword as cxsite folds it, in the form this dialect's folding of a comment gives. */
    abstract String keyword(String javaFolded);

    /** A column name that may be a keyword of the dialect ({@code date}). */
    String quote(String column) {
        return "\"" + column + "\"";
    }

    /** A query with one row per answer and element of {@code elements} that is not null, as {@code topic}. */
    abstract String topicRows(String columns, String elements, String from);

    /** The first day of the month of {@code day}. */
    abstract String month(String day);

    /** The answer as one JSON object that cxsite reads as an export. */
    abstract String json(String timestamp);

    /** A string literal: DuckDB doubles a quote; Spark and BigQuery read backslash escapes. */
    String literal(String text) {
        return this == DUCKDB ? "'" + text.replace("'", "''") + "'"
                : "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** cxsite folds ø to o, æ to ae and ß to ss, which no Unicode decomposition does. */
    static String replaceFolded(String text) {
        return "replace(replace(replace(" + text + ", 'ø', 'o'), 'æ', 'ae'), 'ß', 'ss')";
    }
}
