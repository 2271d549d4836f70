package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.config.InputFiles;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code content/topics.yaml} and every export under {@code content/feedback/}, in path order. */
public final class FeedbackLoader {
    public static final String FOLDER = "content/feedback";
    /** Parts a large export is read in at the same time: one per core, at most 8. */
    private static final int PARTS = Math.min(8, Runtime.getRuntime().availableProcessors());

    private FeedbackLoader() {
    }

    /**
     * @param today answers dated after it, or before 2000, are skipped with a warning at their line
     */
    public static FeedbackData load(Path siteDir, FeedbackConfig config, LocalDate today, Problems problems)
            throws IOException {
        Path folder = siteDir.resolve(FOLDER);
        Topics topics = TopicsLoader.load(siteDir, problems);
        if (!Files.isDirectory(folder)) {
            return topics.isEmpty() ? FeedbackData.EMPTY : new FeedbackCollector(topics, today, problems).finish();
        }
        List<Path> files = InputFiles.walk(siteDir, FOLDER, InputFiles.ALL,
                (path, isFolder) -> !isFolder && path.substring(path.lastIndexOf('/') + 1).startsWith("."), problems);
        FeedbackCollector collector = new FeedbackCollector(topics, today, problems);
        List<AggregateExport.Row> aggregates = new ArrayList<>();
        VerbatimsOnly verbatims = new VerbatimsOnly();
        read(folder, files, config, new Aggregates(topics, today, aggregates, verbatims), collector, problems);
        // aggregates and verbatims are added once every raw row is counted
        collector.add(aggregates);
        verbatims.replay(collector);
        return collector.finish();
    }

    /** Where the rows of aggregated exports and the answers of verbatims files go, and what checks them. */
    private record Aggregates(Topics topics, LocalDate today, List<AggregateExport.Row> rows,
            VerbatimsOnly verbatims) {
    }

    private static void read(Path folder, List<Path> files, FeedbackConfig config, Aggregates aggregates,
            FeedbackCollector collector, Problems problems) throws IOException {
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            String source = FOLDER + "/" + relative;
            if (file.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (!ExportReader.isExport(relative)) {
                problems.warning(source, 1, 1, "not read: exports end in " + String.join(", ",
                        ExportReader.EXTENSIONS) + "; move other files out of " + FOLDER + "/");
                continue;
            }
            collector.startFile(source);
            if (AggregateExport.isAggregate(relative)) {
                aggregates.rows().addAll(AggregateExport.read(file, source, aggregates.topics(), aggregates.today(),
                        config.timeZone(), problems));
                continue;
            }
            if (VerbatimsOnly.isVerbatims(relative)) {
                ExportReader.read(file, source, config.timeZone(), config.ruleFor(relative), aggregates.verbatims(),
                        problems);
                continue;
            }
            // A large CSV export is read in parts, one per core; any other file on one thread, with topics
            // matched and rows counted on a second.
            if (!ExportReader.readInParts(file, source, config.timeZone(), config.ruleFor(relative), collector,
                    problems, PARTS, ParallelCsv.MIN_SIZE)) {
                try (PipelinedSink sink = new PipelinedSink(collector)) {
                    ExportReader.read(file, source, config.timeZone(), config.ruleFor(relative), sink, problems);
                }
            }
        }
    }
}
