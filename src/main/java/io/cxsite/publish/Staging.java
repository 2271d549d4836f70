package io.cxsite.publish;

import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A staging folder that output files stream into, from any thread. {@link #commit()} swaps it into
 * place; {@link #discard()} removes it and leaves the output folder alone. Only folders that
 * {@link OutputRule} allows are ever replaced, and what builds stopped part-way left beside the
 * output is cleared first ({@link Leftovers}).
 */
public final class Staging implements Consumer<OutputFile>, AutoCloseable {
    private final Path output;
    private final Path staging;
    private final Leftovers leftovers;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final FileWrites writes = new FileWrites();
    private FileLock lock;
    private boolean committed;

    private Staging(Path output, Path staging, Leftovers leftovers, FileLock lock) {
        this.output = output;
        this.staging = staging;
        this.leftovers = leftovers;
        this.lock = lock;
    }

    /**
     * Creates an empty staging folder next to {@code output} (same file system, so the swap is a
     * rename), after putting back or clearing what earlier builds left there.
     *
     * @throws RefusedOutputException when the output-folder rule forbids {@code output} for the site
     *                                in {@code siteDir}; nothing is touched then
     */
    public static Staging beside(Path siteDir, Path output) throws IOException {
        Path target = OutputRule.require(siteDir, output);
        Files.createDirectories(target.getParent());
        Leftovers leftovers = new Leftovers(target);
        leftovers.restore();
        leftovers.sweep();
        Path staging = leftovers.make(Leftovers.STAGING);
        return new Staging(target, staging, leftovers, StagingLock.claim(staging));
    }

    /**
     * Writes one file, on a writer thread ({@link FileWrites}); {@link #commit()} waits for every
     * write. Two outputs with the same path are a bug in the renderer, not a content problem.
     */
    @Override
    public void accept(OutputFile file) {
        if (!written.add(file.path())) {
            throw new IllegalStateException("two outputs for " + file.path());
        }
        Path target = staging.resolve(file.path()).normalize();
        if (!target.startsWith(staging)) {
            throw new IllegalStateException("output path escapes the site: " + file.path());
        }
        writes.write(target, file.bytes());
    }

    public int fileCount() {
        return written.size();
    }

    /**
     * Replaces the output folder with the staged one by two renames: the output aside, the staging
     * folder in. Between them, a matter of microseconds, there is no output folder; a build stopped
     * there leaves the previous output aside, and the next build puts it back before anything else.
     */
    public void commit() throws IOException {
        writes.finish();
        // Released first: some systems cannot rename a folder with an open file in it.
        StagingLock.release(staging, lock);
        lock = null;
        Path old = null;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            old = leftovers.name(Leftovers.OLD);
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                restore(old, e);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            discardQuietly(old);
        }
    }

    private void restore(Path old, IOException failure) {
        try {
            move(old, output);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private void discardQuietly(Path old) {
        try {
            leftovers.discard(old);
        } catch (IOException e) {
            // The new output is in place; the next build deletes what is left of the old one.
        }
    }

    /** Removes the staged files; the output folder is untouched. */
    public void discard() throws IOException {
        try {
            writes.finish();
        } catch (UncheckedIOException e) {
            // A failed write is moot: everything staged goes.
        }
        StagingLock.release(staging, lock);
        lock = null;
        Leftovers.deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            discard();
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }
}
