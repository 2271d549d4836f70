package io.cxsite.publish;

import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A staging folder that output files stream into, from any thread. {@link #commit()} swaps it into
 * place; {@link #discard()} removes it and leaves the output folder alone.
 */
public final class Staging implements Consumer<OutputFile>, AutoCloseable {
    private final Path output;
    private final Path staging;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private Staging(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Creates an empty staging folder next to {@code output} (same file system, so the swap is a rename). */
    public static Staging beside(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
        return new Staging(absolute, staging);
    }

    /** Writes one file. Two outputs with the same path are a bug in the renderer, not a content problem. */
    @Override
    public void accept(OutputFile file) {
        if (!written.add(file.path())) {
            throw new IllegalStateException("two outputs for " + file.path());
        }
        Path target = staging.resolve(file.path()).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalStateException("output path escapes the site: " + file.path());
        }
        try {
            Path dir = target.getParent();
            if (madeDirs.add(dir)) {
                Files.createDirectories(dir);
            }
            Files.write(target, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int fileCount() {
        return written.size();
    }

    /** Replaces the output folder with the staged one. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
            Files.delete(old);
            move(output, old);
        }
        move(staging, output);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staged files; the output folder is untouched. */
    public void discard() throws IOException {
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            discard();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
