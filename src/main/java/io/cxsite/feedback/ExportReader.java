package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one survey export, streaming: CSV and TSV from Qualtrics, SurveyMonkey, Delighted, Typeform
 * or any tool with recognisable column names, JSON (an array of answers, or an object holding one)
 * and JSON Lines. Each row goes to the sink as an answer, a bad row or an unfinished answer; a file
 * that cannot be read as an export at all is an error here.
 */
public final class ExportReader {
    /** File name endings read as exports; other files in content/feedback/ are reported and left alone. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".json", ".jsonl", ".ndjson");

    private ExportReader() {
    }

    /**
     * Reads {@code file}, named {@code source} in messages.
     *
     * @param rule the site.yaml rule for this file, if one matches
     */
    public static void read(Path file, String source, ZoneId siteZone, Optional<FeedbackConfig.Rule> rule,
            ExportSink sink, Problems problems) throws IOException {
        ExportFile export = new ExportFile(file, source, siteZone, rule, sink, problems);
        try (InputStream in = ImportProgress.wrap(Files.newInputStream(file), Files.size(file), source)) {
            Optional<Reader> opened = ExportText.open(in, rule.flatMap(FeedbackConfig.Rule::encoding), source, problems);
            if (opened.isEmpty()) {
                return;
            }
            switch (format(export)) {
                case "json" -> JsonExport.read(export, opened.get());
                case "jsonl" -> JsonExport.readLines(export, opened.get());
                default -> CsvExport.read(export, opened.get());
            }
        }
    }

    /**
     * Reads a large CSV export in up to {@code parts} parts at the same time (see {@link ParallelCsv}),
     * with the same result as {@link #read}; false, having read nothing, when the file is better or
     * only safely read in one piece (smaller than {@code minSize}, JSON, not UTF-8, or CSV that cannot
     * be cut at proven record starts).
     */
    static boolean readInParts(Path file, String source, ZoneId siteZone, Optional<FeedbackConfig.Rule> rule,
            PartedSink sink, Problems problems, int parts, long minSize) throws IOException {
        ExportFile export = new ExportFile(file, source, siteZone, rule, sink, problems);
        return format(export).equals("csv-like") && ParallelCsv.read(export, sink, parts, minSize);
    }

    /** True for a file name this reader takes. */
    public static boolean isExport(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The rule's format, else json or jsonl by the file name's ending, else one of the CSV-like tools. */
    private static String format(ExportFile export) {
        String lower = export.file().getFileName().toString().toLowerCase(Locale.ROOT);
        return export.rule().flatMap(FeedbackConfig.Rule::format)
                .orElse(lower.endsWith(".json") ? "json" : lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
                        ? "jsonl" : "csv-like");
    }
}
