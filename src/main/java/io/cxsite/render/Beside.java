package io.cxsite.render;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One step run on a thread of its own while the caller goes on with other work. A full build makes
 * the sitemap, feed and search indexes this way while the pages render: merging the search terms
 * and writing the index files run on one thread, which at the end of a build would leave the
 * second core idle. The step is given a {@link BooleanSupplier} that turns true when the caller
 * gives up ({@link #abandon}); it should then stop soon.
 */
final class Beside {
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private final Thread thread;
    private volatile Throwable failure;

    private Beside(String name, Consumer<BooleanSupplier> step) {
        thread = new Thread(() -> {
            try {
                step.accept(abandoned::get);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code step} on a new thread called {@code name}. */
    static Beside start(String name, Consumer<BooleanSupplier> step) {
        Beside beside = new Beside(name, step);
        beside.thread.start();
        return beside;
    }

    /** Waits for the step to end; what it threw is thrown here, on the caller's thread. */
    void finish() {
        join();
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }

    /** The caller failed with {@code cause}: asks the step to stop, waits for it, and adds what it threw to {@code cause}. */
    void abandon(Throwable cause) {
        abandoned.set(true);
        join();
        if (failure != null && failure != cause) {
            cause.addSuppressed(failure);
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
