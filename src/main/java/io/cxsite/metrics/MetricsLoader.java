package io.cxsite.metrics;

import io.cxsite.config.InputFiles;
import io.cxsite.config.TextFile;
import io.cxsite.config.YamlNode;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads {@code content/metrics/*.yaml}: one snapshot per period, or per period and segment. */
public final class MetricsLoader {
    public static final String FOLDER = "content/metrics";

    private MetricsLoader() {
    }

    /** Reads one snapshot file, named correctly; serve passes one that remembers the files that did not change. */
    @FunctionalInterface
    public interface FileReader {
        Optional<Snapshot> read(Path file, String path, Period period, Optional<String> segment, Problems problems);
    }

    /**
     * The snapshots merged with what {@code feedback} gives (see {@link FeedbackSnapshots}); a snapshot
     * of a period that begins after {@code today} is left out with a warning.
     */
    public static Metrics load(Path siteDir, FeedbackData feedback, LocalDate today, Problems problems)
            throws IOException {
        return load(siteDir, feedback, today, KpiSettings.NONE, problems);
    }

    /** As {@link #load(Path, FeedbackData, LocalDate, Problems)}, for a site with its own KPIs and benchmarks. */
    public static Metrics load(Path siteDir, FeedbackData feedback, LocalDate today, KpiSettings settings,
            Problems problems) throws IOException {
        return load(siteDir, feedback, today, settings, problems, (file, path, period, segment, fileProblems) ->
                readFile(file, path, period, segment, settings, fileProblems));
    }

    /** As {@link #load(Path, FeedbackData, LocalDate, Problems)}, each file through {@code reader}. */
    public static Metrics load(Path siteDir, FeedbackData feedback, LocalDate today, Problems problems,
            FileReader reader) throws IOException {
        return load(siteDir, feedback, today, KpiSettings.NONE, problems, reader);
    }

    /** As above, for a site with its own KPIs and benchmarks; {@code reader} must read with the same settings. */
    public static Metrics load(Path siteDir, FeedbackData feedback, LocalDate today, KpiSettings settings,
            Problems problems, FileReader reader) throws IOException {
        List<Snapshot> files = snapshots(siteDir, today, problems, reader);
        Map<SnapshotKey, Snapshot> byKey = new TreeMap<>();
        files.forEach(s -> byKey.put(SnapshotKey.of(s), s));
        for (Snapshot exported : FeedbackSnapshots.of(feedback)) {
            byKey.merge(SnapshotKey.of(exported), exported, (yaml, e) -> FeedbackSnapshots.merge(yaml, e, problems));
        }
        return new Metrics(List.copyOf(byKey.values()), feedback, settings);
    }

    /** The snapshots alone, without survey exports. */
    public static Metrics load(Path siteDir, LocalDate today, Problems problems) throws IOException {
        return load(siteDir, today, KpiSettings.NONE, problems);
    }

    /** The snapshots alone, for a site with its own KPIs and benchmarks. */
    public static Metrics load(Path siteDir, LocalDate today, KpiSettings settings, Problems problems)
            throws IOException {
        return new Metrics(snapshots(siteDir, today, problems, (file, path, period, segment, fileProblems) ->
                readFile(file, path, period, segment, settings, fileProblems)), FeedbackData.EMPTY, settings);
    }

    private static List<Snapshot> snapshots(Path siteDir, LocalDate today, Problems problems,
            FileReader reader) throws IOException {
        List<Path> files = InputFiles.walk(siteDir, FOLDER, 1,
                (path, isFolder) -> path.substring(path.lastIndexOf('/') + 1).startsWith("."), problems);
        // Names are checked in order first, so duplicates are reported the same way every time.
        record Named(Path file, String path, Period period, Optional<String> segment) {
        }
        List<Named> named = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String path = FOLDER + "/" + name;
            if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                problems.error(path, 1, 1, "only snapshot files belong in content/metrics/; name them <period>.yaml"
                        + " such as 2026-10.yaml, or move this file elsewhere");
                continue;
            }
            String stem = name.substring(0, name.lastIndexOf('.'));
            int dot = stem.indexOf('.');
            Optional<Period> period = Period.parse(dot < 0 ? stem : stem.substring(0, dot));
            Optional<String> segment = dot < 0 ? Optional.empty() : Optional.of(stem.substring(dot + 1));
            if (period.isEmpty() || segment.filter(s -> !s.matches("[a-z0-9][a-z0-9-]*")).isPresent()) {
                problems.error(path, 1, 1, "a snapshot file is named after its period, optionally with a segment:"
                        + " 2026-10.yaml, 2026-Q3.yaml, 2026-W41.yaml, 2026.yaml or 2026-10.business.yaml");
                continue;
            }
            if (period.get().start().isAfter(today)) {
                problems.warning(path, 1, 1, "period " + period.get().key() + " has not begun (today is " + today
                        + "); the file is left out until it has, so the dashboard stays on the latest period with"
                        + " figures");
                continue;
            }
            String key = period.get().key() + segment.map(s -> "." + s).orElse("");
            String earlier = seen.putIfAbsent(key, path);
            if (earlier != null) {
                problems.error(path, 1, 1, "period " + key + " already comes from " + earlier + "; keep one file per period");
                continue;
            }
            named.add(new Named(file, path, period.get(), segment));
        }
        List<Snapshot> snapshots = named.parallelStream()
                .flatMap(n -> reader.read(n.file(), n.path(), n.period(), n.segment(), problems).stream())
                .toList();
        return snapshots;
    }

    /** Reads the snapshot file {@code file}, whose site-relative path is {@code path}. */
    public static Optional<Snapshot> readFile(Path file, String path, Period period, Optional<String> segment,
            Problems problems) {
        return readFile(file, path, period, segment, KpiSettings.NONE, problems);
    }

    /** As above, for a site whose own KPIs ({@code settings}) snapshots may carry. */
    public static Optional<Snapshot> readFile(Path file, String path, Period period, Optional<String> segment,
            KpiSettings settings, Problems problems) {
        try {
            return TextFile.read(file, path, TextFile.YAML_LIMIT, problems)
                    .flatMap(text -> YamlNode.parse(path, text, problems))
                    .flatMap(root -> SnapshotReader.read(path, root, period, segment, settings.custom(), problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
