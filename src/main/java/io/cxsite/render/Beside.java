package io.cxsite.render;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One step run beside the caller's other work. A full build makes the sitemap, feed and search
 * indexes this way while the pages render: merging the search terms and writing the index files
 * run on one thread, which at the end of a build would leave the second core idle.
 *
 * <p>The step runs as a task of the common fork-join pool (under {@code name} while it runs), not
 * on a thread of its own: it splits its words with parallel streams, and a thread outside the pool
 * that waits for them keeps scanning the pool's queues for as long as the page rendering changes
 * them (a 10,000-page build spent about a second of CPU so). A pool worker runs its own parts
 * instead, and the pages get the other workers and the caller. The step is given a
 * {@link BooleanSupplier} that turns true when the caller gives up ({@link #abandon}); it should
 * then stop soon.
 */
final class Beside {
    private final AtomicBoolean abandoned = new AtomicBoolean();
    private final ForkJoinTask<?> task;
    private volatile Throwable failure;

    private Beside(String name, Consumer<BooleanSupplier> step) {
        task = ForkJoinTask.adapt(() -> {
            Thread thread = Thread.currentThread();
            String was = thread.getName();
            thread.setName(name);
            try {
                step.accept(abandoned::get);
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                thread.setName(was);
            }
        });
    }

    /** Starts {@code step} in the common pool; while it runs, its thread is called {@code name}. */
    static Beside start(String name, Consumer<BooleanSupplier> step) {
        Beside beside = new Beside(name, step);
        ForkJoinPool.commonPool().execute(beside.task);
        return beside;
    }

    /** Waits for the step to end; what it threw is thrown here, on the caller's thread. */
    void finish() {
        task.quietlyJoin();
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
        task.quietlyJoin();
        if (failure != null && failure != cause) {
            cause.addSuppressed(failure);
        }
    }
}
