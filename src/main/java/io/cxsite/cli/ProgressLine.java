package io.cxsite.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One line on the terminal that counts the seconds of a long build, redrawn in place and cleared at
 * the end. Only when a person watches: never in CI logs or piped output, and never in what a build
 * writes. Quiet for the first {@code delay}, so a quick build prints nothing extra.
 */
final class ProgressLine implements AutoCloseable {
    static final long DELAY_MILLIS = 2000;
    static final long EVERY_MILLIS = 1000;

    private final ScheduledExecutorService timer;
    private final PrintWriter err;
    private volatile boolean drawn;

    private ProgressLine(ScheduledExecutorService timer, PrintWriter err) {
        this.timer = timer;
        this.err = err;
    }

    /** A line saying {@code what} with the seconds since now, drawn on {@code err} when {@code terminal}. */
    static ProgressLine start(String what, PrintWriter err, boolean terminal, long delayMillis, long everyMillis) {
        if (!terminal) {
            return new ProgressLine(null, err);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cxsite-progress");
            t.setDaemon(true);
            return t;
        });
        ProgressLine line = new ProgressLine(timer, err);
        long started = System.nanoTime();
        timer.scheduleAtFixedRate(() -> line.draw(what, (System.nanoTime() - started) / 1_000_000_000L),
                delayMillis, everyMillis, TimeUnit.MILLISECONDS);
        return line;
    }

    private synchronized void draw(String what, long seconds) {
        err.print("\rcxsite: " + what + "... " + seconds + " s ");
        err.flush();
        drawn = true;
    }

    /** Whether a person is likely watching: a console, and not CI. */
    static boolean watched(java.util.Map<String, String> env) {
        return System.console() != null && !env.containsKey("CI") && !"true".equals(env.get("GITHUB_ACTIONS"));
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
