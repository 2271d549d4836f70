package io.cxsite.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes files on a few threads of their own. Making a file and its folder mostly waits on the
 * file system (in a profile of the 1,000-page benchmark the rendering threads spent about as long
 * in {@code open} and {@code mkdir} as in rendering), so the threads that render hand files over
 * and go on, and several files are made at once. At most {@link #WAITING} files wait; beyond
 * that the thread handing one over writes it itself, which keeps memory bounded.
 *
 * <p>A failed write is kept and thrown, as an {@link UncheckedIOException}, by the next
 * {@link #write} and by {@link #finish}.
 */
final class FileWrites {
    static final int THREADS = 3;
    static final int WAITING = 64;
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final ThreadPoolExecutor pool;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    /** Folders that exist: added only once made, so no thread writes into one too early. */
    private final Set<Path> madeDirs = ConcurrentHashMap.newKeySet();

    FileWrites() {
        pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(WAITING),
                task -> {
                    Thread thread = new Thread(task, "cxsite-writer-" + NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Writes {@code bytes} to {@code target}, making its folder first, now or soon on another thread. */
    void write(Path target, byte[] bytes) {
        throwIfFailed();
        pool.execute(() -> {
            try {
                Path dir = target.getParent();
                if (!madeDirs.contains(dir)) {
                    // Safe from many threads at once: createDirectories accepts folders made meanwhile.
                    Files.createDirectories(dir);
                    madeDirs.add(dir);
                }
                Files.write(target, bytes);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits until every file handed over is written; throws the first failure, if any. */
    void finish() {
        pool.shutdown();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        IOException e = failure.get();
        if (e != null) {
            throw new UncheckedIOException(e);
        }
    }
}
