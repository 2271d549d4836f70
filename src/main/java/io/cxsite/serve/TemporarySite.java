package io.cxsite.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder serve builds into: {@code cxsite-serve-*} in the system's temporary folder, readable
 * by its owner only, holding the whole site, internal pages too. It goes when serve stops, also
 * on Ctrl+C (a shutdown hook). It holds a marker with the process id of its serve, so that a
 * later serve can remove a folder whose serve was killed ({@code kill -9}, a crash) without
 * touching anything it did not make.
 */
public final class TemporarySite implements AutoCloseable {
    static final String PREFIX = "cxsite-serve-";
    /** The marker file: the process id of the serve that made the folder, on one line. */
    static final String MARKER = ".cxsite-serve-pid";
    private static final Pattern PID = Pattern.compile("\\d{1,19}\n?");

    private final Path folder;
    private final Thread hook;

    private TemporarySite(Path folder) {
        this.folder = folder;
        this.hook = new Thread(this::delete, "cxsite-serve-cleanup");
    }

    /** Removes what earlier serves left behind, then makes a new folder that goes on exit. */
    public static TemporarySite create() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(tmp);
        Path folder = Files.createTempDirectory(tmp, PREFIX);
        Files.writeString(folder.resolve(MARKER), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        TemporarySite site = new TemporarySite(folder);
        Runtime.getRuntime().addShutdownHook(site.hook);
        return site;
    }

    /** Where the site is built and served from. */
    public Path output() {
        return folder.resolve("public");
    }

    /**
     * Deletes the folders under {@code tmp} that a serve made and whose serve is no longer running;
     * a folder without a readable marker, or whose process still runs, stays. Returns the deleted.
     */
    static List<Path> removeStale(Path tmp) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path folder : folders) {
                if (ownerGone(folder)) {
                    deleteTree(folder);
                    removed.add(folder);
                }
            }
        } catch (IOException e) {
            // Best effort: an unreadable temporary folder leaves the old sites where they are.
        }
        return removed;
    }

    private static boolean ownerGone(Path folder) {
        Path marker = folder.resolve(MARKER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            String text = Files.readString(marker, StandardCharsets.US_ASCII);
            if (!PID.matcher(text).matches()) {
                return false;
            }
            Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(text.strip()));
            return owner.isEmpty() || !owner.get().isAlive();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes the folder now; the shutdown hook is no longer needed. */
    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs, or ran, and finds the folder gone.
        }
    }

    private void delete() {
        // A rebuild may still be writing while the JVM shuts down: a second pass gets what it added.
        for (int pass = 0; pass < 3 && Files.exists(folder, LinkOption.NOFOLLOW_LINKS); pass++) {
            deleteTree(folder);
        }
    }

    /** Deletes {@code root} and everything in it; links are deleted, never followed. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(TemporarySite::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // Best effort: what could not be deleted stays for the next serve to remove.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for the next pass or the next serve.
        }
    }
}
