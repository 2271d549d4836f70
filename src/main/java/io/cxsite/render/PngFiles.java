package io.cxsite.render;

import io.cxsite.charts.ChartSpec;
import io.cxsite.charts.PngChart;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The PNG copy of every chart of one render, {@code charts/<id>.png}: each taken from the
 * {@link PngCache} when drawn before, else drawn on worker threads while the pages go on rendering,
 * and passed to the output as soon as it is ready. A PNG depends on its chart alone, so its bytes
 * are the same whichever thread draws it, and in whatever order.
 */
final class PngFiles {
    /** Drawing threads, shared by every render of the process; daemons, so they never keep it alive. */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "cxsite-png");
                thread.setDaemon(true);
                return thread;
            });
    private static final AtomicLong DRAWN = new AtomicLong();

    private final PngCache cache;
    private final Consumer<OutputFile> out;
    private final Map<String, Future<?>> jobs = new ConcurrentHashMap<>();

    PngFiles(PngCache cache, Consumer<OutputFile> out) {
        this.cache = cache;
        this.out = out;
    }

    /** Makes {@code charts/<id>.png} of {@code chart}, whose SVG is {@code svg}, unless this render already has. */
    void add(ChartSpec chart, String svg) {
        jobs.computeIfAbsent(chart.id(), id -> WORKERS.submit(() -> {
            String key = PngChart.renderer() + "-" + id;
            byte[] png = cache.read(key).orElseGet(() -> {
                byte[] drawn = PngChart.png(chart, svg);
                DRAWN.incrementAndGet();
                cache.write(key, drawn);
                return drawn;
            });
            out.accept(new OutputFile(ReportHtml.CHARTS + id + ".png", "image/png", png));
        }));
    }

    /** Waits until every PNG added has been passed to the output. */
    void finish() {
        for (Future<?> job : jobs.values()) {
            try {
                job.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while drawing charts", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("drawing a chart as PNG failed", e.getCause());
            }
        }
    }

    /**
     * Cancels what has not started and waits for what has, so that nothing reaches the output after
     * the render; for a render that stops early.
     */
    void cancel() {
        jobs.values().forEach(job -> job.cancel(false));
        for (Future<?> job : jobs.values()) {
            try {
                if (!job.isCancelled()) {
                    job.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // The render has failed already; this chart's failure adds nothing.
            }
        }
    }

    /** The cache keys of every chart added, for pruning the cache after a build. */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        jobs.keySet().forEach(id -> keys.add(PngChart.renderer() + "-" + id));
        return keys;
    }

    /** How many PNGs this process has drawn rather than taken from a cache. */
    static long drawn() {
        return DRAWN.get();
    }
}
