package io.cxsite.serve;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.config.InputFiles;
import io.cxsite.content.Asset;
import io.cxsite.content.ContentLoader;
import io.cxsite.content.ContentSet;
import io.cxsite.content.PageSource;
import io.cxsite.content.PeriodPages;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    /** A file's identity on disk: a different stamp means different contents. */
    record Stamp(long size, FileTime modified, Object key) {
        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new Stamp(a.size(), a.lastModifiedTime(), a.fileKey()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** What reading one file gave, and the problems it raised. */
    private record Read<T>(Optional<Stamp> stamp, T value, List<Problem> problems) {
    }

    private final Path siteDir;
    private final Path contentDir;
    /** Every page and asset file under content/, by content path: the order {@link ContentLoader} reads them in. */
    private final TreeMap<String, Path> contentFiles = new TreeMap<>();
    private final Map<String, Read<PageSource>> pages = new ConcurrentHashMap<>();
    private final Map<String, Read<Optional<Snapshot>>> snapshots = new ConcurrentHashMap<>();
    /** Symbolic links under content/ that are not followed (out of the site, looping, to nothing), by site path. */
    private final TreeMap<String, Problem> refused = new TreeMap<>();
    private boolean scanned;
    /** The pages and assets of the files, the problems reading them gave, and the set with the generated pages. */
    private ContentSet files;
    private List<Problem> fileProblems = List.of();
    private ContentSet withGenerated;
    private ContentSet withGeneratedFrom;
    private List<PageSource> withGeneratedPages;

    private Read<FeedbackData> feedback;
    private FeedbackConfig feedbackConfig;
    /** The day the exports and snapshots were checked against: a new day may let in what was in the future. */
    private LocalDate feedbackDay;
    private Read<Metrics> metrics;
    private Metrics periodPagesFor;
    private boolean periodPagesWithDashboard;
    private Read<List<PageSource>> periodPages;

    SourceCache(Path siteDir) {
        this.siteDir = siteDir;
        this.contentDir = siteDir.resolve(ContentLoader.CONTENT);
    }

    /** The exports and topics; read again only when one of them was touched or the rules changed. */
    FeedbackData feedback(FeedbackConfig config, LocalDate today, Touched touched, Problems problems)
            throws IOException {
        if (feedback == null || !config.equals(feedbackConfig) || !today.equals(feedbackDay)
                || touched.any(FeedbackLoader.FOLDER) || touched.any(TopicsLoader.FILE)) {
            Problems own = new Problems();
            feedback = new Read<>(Optional.empty(), FeedbackLoader.load(siteDir, config, today, own), own.sorted());
            feedbackConfig = config;
            feedbackDay = today;
            metrics = null;
        }
        problems.addAll(feedback.problems());
        return feedback.value();
    }

    /** The metrics; the same object as last time unless a snapshot was touched or the feedback changed. */
    Metrics metrics(FeedbackData exports, LocalDate today, Touched touched, Problems problems) throws IOException {
        if (metrics == null || !today.equals(feedbackDay) || touched.any(MetricsLoader.FOLDER)) {
            Problems own = new Problems();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            Metrics loaded = MetricsLoader.load(siteDir, exports, today, own, (file, path, period, segment, fileProblems) -> {
                seen.add(path);
                return snapshot(file, path, period, segment, touched, fileProblems);
            });
            snapshots.keySet().retainAll(seen);
            metrics = new Read<>(Optional.empty(), loaded, own.sorted());
        }
        problems.addAll(metrics.problems());
        return metrics.value();
    }

    private Optional<Snapshot> snapshot(Path file, String path, Period period, Optional<String> segment,
            Touched touched, Problems problems) {
        Read<Optional<Snapshot>> read = reuse(snapshots.get(path), file, touched.file(path))
                .orElseGet(() -> {
                    Optional<Stamp> stamp = Stamp.of(file);
                    Problems own = new Problems();
                    return new Read<>(stamp, MetricsLoader.readFile(file, path, period, segment, own), own.sorted());
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
        problems.addAll(refused.values());
        return withGenerated(periodPages(metricsNow, files, problems));
    }

    /** Forgets every file; {@link ContentLoader} says what is wrong with the missing folder. */
    private ContentSet withoutContentFolder(Problems problems) throws IOException {
        scanned = false;
        contentFiles.clear();
        files = null;
        return ContentLoader.load(siteDir, problems);
    }

    /**
     * Scans content/ on the first build or when all of it was touched, else only the touched paths;
     * adds the files to read again to {@code recheck}. Returns whether files came or went.
     */
    private boolean updateFileList(Touched touched, Set<String> recheck) throws IOException {
        boolean listChanged = false;
        if (!scanned || touched.covers(ContentLoader.CONTENT)) {
            contentFiles.clear();
            refused.clear();
            scan(contentDir, recheck);
            scanned = true;
            listChanged = true;
        } else {
            for (String contentPath : touched.under(ContentLoader.CONTENT)) {
                listChanged |= update(contentPath, recheck);
            }
        }
        if (listChanged) {
            pages.keySet().retainAll(contentFiles.keySet());
        }
        return listChanged;
    }

    /** Reads again, in parallel, each page in {@code recheck} that was edited or whose stamp changed; whether any was. */
    private boolean readPages(Set<String> recheck, Touched touched) {
        AtomicBoolean read = new AtomicBoolean();
        recheck.stream().filter(ContentLoader::isPage).toList().parallelStream().forEach(contentPath -> {
            Path file = contentFiles.get(contentPath);
            boolean edited = touched.file(ContentLoader.CONTENT + "/" + contentPath);
            if (reuse(pages.get(contentPath), file, edited).isEmpty()) {
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
        for (Map.Entry<String, Path> e : contentFiles.entrySet()) {
            if (ContentLoader.isPage(e.getKey())) {
                Read<PageSource> page = pages.get(e.getKey());
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

    private Read<PageSource> readPage(String contentPath, Path file) {
        Optional<Stamp> stamp = Stamp.of(file);
        Problems own = new Problems();
        try {
            return new Read<>(stamp, ContentLoader.readPage(siteDir, contentPath, own), own.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The period pages of {@link PeriodPages}, made again only for other metrics or when the dashboard comes or goes. */
    private List<PageSource> periodPages(Metrics metricsNow, ContentSet content, Problems problems) {
        boolean dashboard = PeriodPages.addsDashboard(content);
        if (periodPages == null || metricsNow != periodPagesFor || dashboard != periodPagesWithDashboard) {
            Problems own = new Problems();
            periodPages = new Read<>(Optional.empty(), PeriodPages.generate(metricsNow, content, own), own.sorted());
            periodPagesFor = metricsNow;
            periodPagesWithDashboard = dashboard;
        }
        problems.addAll(periodPages.problems());
        return periodPages.value();
    }

    /**
     * Brings the file list up to date for one touched path under content/: a file, a folder, or
     * something gone. Returns whether files came or went.
     */
    private boolean update(String contentPath, Set<String> recheck) throws IOException {
        Path file = contentDir.resolve(contentPath);
        Map<String, Path> below = contentFiles.subMap(contentPath + "/", contentPath + "0"); // '0' follows '/'
        boolean changed = !below.isEmpty();
        below.clear();
        String sitePath = ContentLoader.CONTENT + "/" + contentPath;
        refused.remove(sitePath);
        refused.subMap(sitePath + "/", sitePath + "0").clear();
        if (Files.isDirectory(file)) {
            changed |= contentFiles.remove(contentPath) != null;
            int before = contentFiles.size();
            scan(file, recheck);
            return changed || contentFiles.size() != before;
        }
        Problems link = new Problems();
        if (ContentLoader.takes(contentPath) && !InputFiles.inside(siteDir, file, link)) {
            link.sorted().forEach(p -> refused.put(p.path(), p));
        } else if (Files.isRegularFile(file) && ContentLoader.takes(contentPath)) {
            changed |= contentFiles.put(contentPath, file) == null;
            recheck.add(contentPath);
            return changed;
        }
        return contentFiles.remove(contentPath) != null || changed;
    }

    /** Adds the files under {@code dir} as {@link ContentLoader#files} lists them, and the links it refuses. */
    private void scan(Path dir, Set<String> recheck) throws IOException {
        Problems links = new Problems();
        for (Path file : ContentLoader.files(siteDir, siteDir.relativize(dir).toString().replace('\\', '/'), links)) {
            String contentPath = contentDir.relativize(file).toString().replace('\\', '/');
            contentFiles.put(contentPath, file);
            recheck.add(contentPath);
        }
        links.sorted().forEach(p -> refused.put(p.path(), p));
    }

    /** The cached read, unless the file was touched or its stamp changed. */
    private static <T> Optional<Read<T>> reuse(Read<T> cached, Path file, boolean touched) {
        if (cached == null || touched || !Objects.equals(cached.stamp(), Stamp.of(file))) {
            return Optional.empty();
        }
        return Optional.of(cached);
    }
}
