package io.cxsite.serve;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.content.Asset;
import io.cxsite.content.ContentLoader;
import io.cxsite.content.ContentSet;
import io.cxsite.content.PageSource;
import io.cxsite.content.PeriodPages;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.metrics.KpiSettings;
import io.cxsite.feedback.FeedbackLoader;
import io.cxsite.feedback.TopicsLoader;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.MetricsLoader;
import io.cxsite.metrics.Period;
import io.cxsite.metrics.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The parsed sources of one site folder, kept between builds: each Markdown page and metric
 * snapshot by file, the feedback exports as a whole (they are aggregated across files). A file is
 * read again when the caller says it was touched, or, inside a touched folder, when its size,
 * modification time or inode changed. Problems found while reading a file are kept with it and
 * reported again on every build, as a full build would.
 */
final class SourceCache {
    private final Path siteDir;
    private final Path contentDir;
    private final ContentFileList contentFiles;
    private final Map<String, CachedRead<PageSource>> pages = new ConcurrentHashMap<>();
    private final Map<String, CachedRead<Optional<Snapshot>>> snapshots = new ConcurrentHashMap<>();
    /** The pages and assets of the files, the problems reading them gave, and the set with the generated pages. */
    private ContentSet files;
    private List<Problem> fileProblems = List.of();
    private ContentSet withGenerated;
    private ContentSet withGeneratedFrom;
    private List<PageSource> withGeneratedPages;

    private CachedRead<FeedbackData> feedback;
    private FeedbackConfig feedbackConfig;
    /** The day the exports and snapshots were checked against: a new day may let in what was in the future. */
    private LocalDate feedbackDay;
    private CachedRead<Metrics> metrics;
    private KpiSettings kpiSettings = KpiSettings.NONE;
    private Metrics periodPagesFor;
    private boolean periodPagesWithDashboard;
    private CachedRead<List<PageSource>> periodPages;

    SourceCache(Path siteDir) {
        this.siteDir = siteDir;
        this.contentDir = siteDir.resolve(ContentLoader.CONTENT);
        this.contentFiles = new ContentFileList(siteDir, contentDir);
    }

    /** The exports and topics; read again only when one of them was touched or the rules changed. */
    FeedbackData feedback(FeedbackConfig config, LocalDate today, Touched touched, Problems problems)
            throws IOException {
        if (feedback == null || !config.equals(feedbackConfig) || !today.equals(feedbackDay)
                || touched.any(FeedbackLoader.FOLDER) || touched.any(TopicsLoader.FILE)) {
            Problems own = new Problems();
            feedback = new CachedRead<>(Optional.empty(), FeedbackLoader.load(siteDir, config, today, own),
                    own.sorted());
            feedbackConfig = config;
            feedbackDay = today;
            metrics = null;
        }
        problems.addAll(feedback.problems());
        return feedback.value();
    }

    /** The metrics; the same object as last time unless a snapshot was touched or the feedback changed. */
    Metrics metrics(FeedbackData exports, LocalDate today, KpiSettings settings, Touched touched, Problems problems)
            throws IOException {
        if (!settings.equals(kpiSettings)) {
            // site.yaml's KPIs decide how every snapshot reads: none of the files read before is current.
            snapshots.clear();
            metrics = null;
            kpiSettings = settings;
        }
        if (metrics == null || !today.equals(feedbackDay) || touched.any(MetricsLoader.FOLDER)) {
            Problems own = new Problems();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            Metrics loaded = MetricsLoader.load(siteDir, exports, today, settings, own,
                    (file, path, period, segment, fileProblems) -> {
                        seen.add(path);
                        return snapshot(file, path, period, segment, touched, fileProblems);
                    });
            snapshots.keySet().retainAll(seen);
            metrics = new CachedRead<>(Optional.empty(), loaded, own.sorted());
        }
        problems.addAll(metrics.problems());
        return metrics.value();
    }

    private Optional<Snapshot> snapshot(Path file, String path, Period period, Optional<String> segment,
            Touched touched, Problems problems) {
        CachedRead<Optional<Snapshot>> read = CachedRead.reuse(snapshots.get(path), file, touched.file(path))
                .orElseGet(() -> {
                    Optional<FileStamp> stamp = FileStamp.of(file);
                    Problems own = new Problems();
                    return new CachedRead<>(stamp, MetricsLoader.readFile(file, path, period, segment, kpiSettings, own),
                            own.sorted());
                });
        snapshots.put(path, read);
        problems.addAll(read.problems());
        return read.value();
    }

    /**
     * Everything under content/ that is a page or an asset, with the generated period pages. Only
     * touched files are read again: the file list itself is kept up to date from what was touched.
     * The same object as last time when nothing in it changed.
     */
    ContentSet content(Metrics metricsNow, Touched touched, Problems problems) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            return withoutContentFolder(problems);
        }
        Set<String> recheck = new HashSet<>();
        boolean listChanged = updateFileList(touched, recheck);
        boolean read = readPages(recheck, touched);
        if (files == null || listChanged || read) {
            collectFiles();
        }
        problems.addAll(fileProblems);
        problems.addAll(contentFiles.refused());
        return withGenerated(periodPages(metricsNow, files, problems));
    }

    /** Forgets every file; {@link ContentLoader} says what is wrong with the missing folder. */
    private ContentSet withoutContentFolder(Problems problems) throws IOException {
        contentFiles.clear();
        files = null;
        return ContentLoader.load(siteDir, problems);
    }

    /** Brings the file list up to date; forgets the pages of files gone. Returns whether files came or went. */
    private boolean updateFileList(Touched touched, Set<String> recheck) throws IOException {
        boolean listChanged = contentFiles.update(touched, recheck);
        if (listChanged) {
            pages.keySet().retainAll(contentFiles.files().keySet());
        }
        return listChanged;
    }

    /** Reads again, in parallel, each page in {@code recheck} that was edited or whose stamp changed; whether any was. */
    private boolean readPages(Set<String> recheck, Touched touched) {
        AtomicBoolean read = new AtomicBoolean();
        recheck.stream().filter(ContentLoader::isPage).toList().parallelStream().forEach(contentPath -> {
            Path file = contentFiles.files().get(contentPath);
            boolean edited = touched.file(ContentLoader.CONTENT + "/" + contentPath);
            if (CachedRead.reuse(pages.get(contentPath), file, edited).isEmpty()) {
                pages.put(contentPath, readPage(contentPath, file));
                read.set(true);
            }
        });
        return read.get();
    }

    /** Makes {@link #files} and {@link #fileProblems} from the file list, in its order, and the pages read. */
    private void collectFiles() {
        List<PageSource> sources = new ArrayList<>();
        List<Asset> assets = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (Map.Entry<String, Path> e : contentFiles.files().entrySet()) {
            if (ContentLoader.isPage(e.getKey())) {
                CachedRead<PageSource> page = pages.get(e.getKey());
                found.addAll(page.problems());
                if (page.value() != null) {
                    sources.add(page.value());
                }
            } else {
                assets.add(new Asset(e.getKey(), e.getValue()));
            }
        }
        files = new ContentSet(List.copyOf(sources), List.copyOf(assets));
        fileProblems = List.copyOf(found);
    }

    /** {@link #files} with the {@code generated} pages; the same object as last time when neither changed. */
    private ContentSet withGenerated(List<PageSource> generated) {
        if (withGenerated == null || withGeneratedFrom != files || withGeneratedPages != generated) {
            withGenerated = files.withPages(generated);
            withGeneratedFrom = files;
            withGeneratedPages = generated;
        }
        return withGenerated;
    }

    private CachedRead<PageSource> readPage(String contentPath, Path file) {
        Optional<FileStamp> stamp = FileStamp.of(file);
        Problems own = new Problems();
        try {
            return new CachedRead<>(stamp, ContentLoader.readPage(siteDir, contentPath, own), own.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The period pages of {@link PeriodPages}, made again only for other metrics or when the dashboard comes or goes. */
    private List<PageSource> periodPages(Metrics metricsNow, ContentSet content, Problems problems) {
        boolean dashboard = PeriodPages.addsDashboard(content);
        if (periodPages == null || metricsNow != periodPagesFor || dashboard != periodPagesWithDashboard) {
            Problems own = new Problems();
            periodPages = new CachedRead<>(Optional.empty(), PeriodPages.generate(metricsNow, content, feedbackDay, own),
                    own.sorted());
            periodPagesFor = metricsNow;
            periodPagesWithDashboard = dashboard;
        }
        problems.addAll(periodPages.problems());
        return periodPages.value();
    }
}
