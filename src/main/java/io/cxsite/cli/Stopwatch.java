package io.cxsite.cli;

/** How long a command's work took, for the line that says so; never part of what a build writes. */
final class Stopwatch {
    private final long started = System.nanoTime();

    private Stopwatch() {
    }

    static Stopwatch start() {
        return new Stopwatch();
    }

    /** Whole milliseconds since {@link #start}. */
    long millis() {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
