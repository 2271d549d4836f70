package io.cxsite.publish;

import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The folder serve publishes into, updated in place: a file is written only when its bytes differ
 * from what the folder holds, and a file no build makes any more is deleted. Each batch is written
 * under a lock that readers of the folder (the dev server) take too, so they never see half of one.
 * Whether bytes differ is told by length and CRC-32C, and where both match by the file itself.
 */
public final class OutputFolder {
    /** Length and checksum of a file as last written; {@link #UNKNOWN} for files found in the folder. */
    private record Digest(long length, int crc) {
        static final Digest UNKNOWN = new Digest(-1, 0);

        static Digest of(byte[] bytes) {
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            return new Digest(bytes.length, (int) crc.getValue());
        }
    }

    private final Path root;
    private final Lock lock;
    private final Map<String, Digest> digests = new ConcurrentHashMap<>();

    private OutputFolder(Path root, Lock lock) {
        this.root = root;
        this.lock = lock;
    }

    /**
     * The folder at {@code root}, with whatever files it already holds, for a build of the site in
     * {@code siteDir}; a folder the output-folder rule protects is refused, as it would be for a full build.
     */
    public static OutputFolder at(Path siteDir, Path root, Lock lock) throws IOException {
        OutputFolder folder = new OutputFolder(OutputRule.require(siteDir, root), lock);
        Files.createDirectories(folder.root);
        Path marker = OutputRule.mark(folder.root);
        try (Stream<Path> walk = Files.walk(folder.root)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.equals(marker))
                    .forEach(p -> folder.digests.put(folder.relative(p), Digest.UNKNOWN));
        }
        return folder;
    }

    /** Every file the folder holds, by output path. */
    public Set<String> paths() {
        return Set.copyOf(digests.keySet());
    }

    /**
     * Writes those of {@code files} whose bytes differ from the folder's and deletes {@code gone};
     * returns how many files were written and deleted.
     */
    public Counts publish(Collection<OutputFile> files, Collection<String> gone) throws IOException {
        // Compare outside the lock: the folder only changes here. Threads pay off for many files only.
        boolean many = files.size() > 64;
        List<OutputFile> changed = (many ? files.parallelStream() : files.stream()).filter(this::differs).toList();
        lock.lock();
        try {
            (many ? changed.parallelStream() : changed.stream()).forEach(this::write);
            for (String path : gone) {
                delete(path);
            }
        } finally {
            lock.unlock();
        }
        return new Counts(changed.size(), gone.size());
    }

    /** How many files one {@link #publish} wrote and deleted. */
    public record Counts(int written, int deleted) {
    }

    private boolean differs(OutputFile file) {
        Digest before = digests.get(file.path());
        if (before == null) {
            return true;
        }
        Digest now = Digest.of(file.bytes());
        if (before != Digest.UNKNOWN && !before.equals(now)) {
            return true;
        }
        try {
            boolean same = Arrays.equals(Files.readAllBytes(target(file.path())), file.bytes());
            if (same) {
                digests.put(file.path(), now);
            }
            return !same;
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OutputFile file) {
        Path target = target(file.path());
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        digests.put(file.path(), Digest.of(file.bytes()));
    }

    /** Deletes a file and the folders it leaves empty, as a full build would not have them. */
    private void delete(String path) throws IOException {
        digests.remove(path);
        Path file = target(path);
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.deleteIfExists(dir);
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
    }

    private Path target(String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalStateException("output path escapes the site: " + path);
        }
        return target;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
