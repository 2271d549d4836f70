package io.cxsite.feedback;

import java.time.ZoneId;

/** The comment at the head of the generated SQL: what it reads and writes, and where a dialect matches cxsite only nearly. */
final class SqlNotes {
    private SqlNotes() {
    }

    static String header(SqlDialect dialect, Topics topics, ZoneId zone, String table) {
        StringBuilder notes = new StringBuilder()
                .append("-- Written by `cxsite sql --dialect ").append(dialect.name().toLowerCase(java.util.Locale.ROOT))
                .append("`: raw answers in ").append(table).append(" -> cxsite's aggregated feedback.\n")
                .append("-- Reads: date (timestamp with time zone), score (0-10), comment, channel, segment, language.\n")
                .append("-- Days are in the site's time zone, ").append(zone.getId()).append(". Topics of content/topics.yaml: ")
                .append(topics.isEmpty() ? "none" : String.join(", ", topics.all().stream().map(Topics.Topic::id).toList()))
                .append(".\n-- Run it again when topics.yaml or site.yaml changes: both are compiled into it.\n")
                .append("-- Comments are matched as cxsite matches them: words are runs of letters and digits, lower case,\n")
                .append("-- without diacritics (o for ø, ae for æ, ss for ß); a keyword is a run of whole words, the last a\n")
                .append("-- prefix when it ends in *; the keywords of the answer's language, else of every language.\n");
        notes.append(switch (dialect) {
            case DUCKDB -> """
                    -- Where DuckDB differs: strip_accents recomposes what it leaves (NFC), so keywords are written
                    -- composed; a letter outside the Basic Multilingual Plane joins a word here but separates words
                    -- in cxsite; lower() and the Unicode tables follow DuckDB's Unicode version, not Java's.
                    """;
            case SPARK -> """
                    -- Where Spark differs: it cannot remove diacritics, so the translate() below is cxsite's folding
                    -- of the %d lower-case letters of the Basic Multilingual Plane that it changes, compiled from
                    -- cxsite; a comment not in composed form (NFC) keeps letters that cxsite would fold; a letter
                    -- outside the Basic Multilingual Plane joins a word here but separates words in cxsite; lower()
                    -- uses the JVM's default locale (run Spark with a non-Turkish locale).
                    """.formatted(SparkFolding.TABLE.size());
            case BIGQUERY -> """
                    -- Where BigQuery differs: NORMALIZE(NFD) and RE2's \\p{M} follow BigQuery's Unicode version; a
                    -- letter outside the Basic Multilingual Plane joins a word here but separates words in cxsite.
                    -- This dialect is tested for its text only, not run: check it once on your data.
                    """;
        });
        return notes.toString();
    }
}
