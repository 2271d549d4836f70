import io.cxsite.build.BuildRequest;
import io.cxsite.serve.IncrementalBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times serve's incremental rebuilds on a site made by GenerateSite and GenerateMetrics: EDITS
 * one-page body edits (a sentence appended to the first paragraph of pages spread over the site)
 * and EDITS metric-snapshot edits (csat of one month), each kind after WARMUP untimed edits.
 *
 * <pre>
 * java -cp target/cxsite.jar bench/incremental-bench.java SITE_DIR OUT_DIR [EDITS] [WARMUP]
 * java -cp target/cxsite.jar bench/incremental-bench.java --serve URL SITE_DIR [EDITS] [WARMUP]
 * </pre>
 *
 * The first form drives the IncrementalBuild API in this JVM, as serve does, and times each edit
 * from just before the file is written to (1) the pages on disk, when serve tells open pages to
 * reload, and (2) the end of the rebuild, sitemap, feed and search indexes included; it prints the
 * median of each phase. The second form edits the site of a running {@code cxsite serve} at URL and
 * times from the write to the {@code reload} event on the live-reload stream: what an author sees,
 * the file watcher included.
 */
class IncrementalBench {
    /** Under serve: the pause after each reload before the next edit (BENCH_PAUSE_MS). */
    static final long PAUSE_MS = Long.parseLong(System.getenv().getOrDefault("BENCH_PAUSE_MS", "5000"));

    record Timing(double pages, double total, int rendered, int written, boolean assembled,
            Map<String, Double> phases) {
    }

    interface Edit {
        String apply(String text);
    }

    interface Timer {
        Timing time(Path file, Edit edit) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        boolean serve = args.length > 0 && args[0].equals("--serve");
        if (args.length < (serve ? 3 : 2)) {
            System.err.println("usage: java -cp target/cxsite.jar bench/incremental-bench.java SITE_DIR OUT_DIR [EDITS] [WARMUP]"
                    + "\n       java -cp target/cxsite.jar bench/incremental-bench.java --serve URL SITE_DIR [EDITS] [WARMUP]");
            System.exit(2);
        }
        // Both forms: two arguments, then SITE_DIR or OUT_DIR, then the counts.
        Path site = Path.of(args[serve ? 2 : 0]).toAbsolutePath();
        int counts = serve ? 3 : 2;
        int edits = args.length > counts ? Integer.parseInt(args[counts]) : 20;
        int warmup = args.length > counts + 1 ? Integer.parseInt(args[counts + 1]) : 5;
        Timer timer = serve ? served(args[1]) : direct(site, Path.of(args[1]).toAbsolutePath());

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
            pages = walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("_index.md"))
                    .filter(p -> !p.startsWith(site.resolve("content/reports"))).sorted().toList();
        }
        List<Path> snapshots;
        try (Stream<Path> list = Files.list(site.resolve("content/metrics"))) {
            snapshots = list.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}\\.yaml")).sorted().toList();
        } catch (IOException e) {
            snapshots = List.of();
        }
        if (snapshots.isEmpty()) {
            System.err.println("no content/metrics/YYYY-MM.yaml: run bench/GenerateMetrics.java on the site first");
            System.exit(2);
        }

        List<Timing> body = new ArrayList<>();
        List<Timing> snapshot = new ArrayList<>();
        for (int i = 0; i < warmup + edits; i++) {
            Path page = pages.get((int) ((i * 7919L + (serve ? 3571 : 0)) % pages.size()));
            String marker = "Edited by the bench, round " + i + (serve ? " of serve." : ".");
            Timing t = timer.time(page, text -> firstParagraph(text, marker));
            if (i >= warmup) {
                body.add(t);
            }
        }
        for (int i = 0; i < warmup + edits; i++) {
            int round = i;
            Timing t = timer.time(snapshots.get(i % snapshots.size()), text -> csat(text, round));
            if (i >= warmup) {
                snapshot.add(t);
            }
        }
        report("one-page body edit", body, serve);
        report("metric-snapshot edit", snapshot, serve);
        System.exit(0);
    }

    /** Edits through the API: a first build, then update and finish after each edit. */
    private static Timer direct(Path site, Path out) throws IOException {
        BuildRequest request = new BuildRequest(site, Optional.of(out), Optional.of("http://127.0.0.1:8080/"),
                Optional.empty(), false, false);
        long start = System.nanoTime();
        IncrementalBuild build = IncrementalBuild.of(request, new ReentrantLock());
        IncrementalBuild.Outcome first = build.rebuild();
        System.out.printf(Locale.ROOT, "first build: %.0f ms, %d files, %d problems%n", ms(System.nanoTime() - start),
                first.result().files(), first.result().problems().size());
        if (first.result().failed()) {
            first.result().problems().forEach(p -> System.out.println(p.format()));
            System.exit(1);
        }
        return (file, edit) -> {
            String edited = edit.apply(Files.readString(file, StandardCharsets.UTF_8));
            long begin = System.nanoTime();
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            IncrementalBuild.Outcome update = build.update(List.of(file));
            long pagesAt = System.nanoTime();
            if (update.result().failed()) {
                update.result().problems().forEach(p -> System.out.println(p.format()));
                throw new IllegalStateException("the edit of " + file + " broke the build");
            }
            IncrementalBuild.Outcome finish = build.finish();
            long end = System.nanoTime();
            Map<String, Double> phases = new LinkedHashMap<>(update.phases());
            phases.putAll(finish.phases());
            return new Timing(ms(pagesAt - begin), ms(end - begin), update.rendered(),
                    update.written() + finish.written(), update.assembled(), phases);
        };
    }

    /** Edits under a running serve: from the write to the reload event, then until serve is idle again. */
    private static Timer served(String url) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(URI.create(url + "__cxsite/events"))
                .build(), HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(line -> {
                    if (line.equals("event: reload")) {
                        reloads.add(System.nanoTime());
                    }
                });
            } catch (UncheckedIOException e) {
                // serve stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return (file, edit) -> {
            String edited = edit.apply(Files.readString(file, StandardCharsets.UTF_8));
            reloads.clear();
            long begin = System.nanoTime();
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            Long reload = reloads.poll(60, TimeUnit.SECONDS);
            if (reload == null) {
                throw new IllegalStateException("no reload within 60 s after editing " + file);
            }
            // The author's pause before the next save: long enough for the search indexes (the default),
            // or a typist's, which makes serve give them up and start on the next edit.
            Thread.sleep(PAUSE_MS);
            return new Timing(ms(reload - begin), Double.NaN, 0, 0, false, Map.of());
        };
    }

    /** Appends {@code marker} to the first line of plain text after the front matter: no heading, link or anchor moves. */
    private static String firstParagraph(String text, String marker) {
        int at = text.indexOf("\n---\n", 3) + 5;
        while (!Character.isLetter(text.charAt(at))) {
            at = text.indexOf('\n', at) + 1;
        }
        int end = text.indexOf('\n', at);
        return text.substring(0, end) + " " + marker + text.substring(end);
    }

    private static final Pattern CSAT = Pattern.compile("(?m)^csat: (\\d\\.\\d+)");

    private static String csat(String text, int round) {
        Matcher m = CSAT.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no csat: line");
        }
        double value = Double.parseDouble(m.group(1));
        double next = value >= 0.95 ? value - 0.01 * (1 + round % 3) : value + 0.001 * (1 + round % 7);
        return m.replaceFirst(String.format(Locale.ROOT, "csat: %.3f", next));
    }

    private static void report(String what, List<Timing> timings, boolean serve) {
        List<Double> pages = timings.stream().map(Timing::pages).sorted().toList();
        if (serve) {
            System.out.printf(Locale.ROOT, "%s under serve, %d edits %d ms apart: write to reload event median %.0f ms,"
                    + " p95 %.0f ms%n", what, timings.size(), PAUSE_MS, percentile(pages, 50), percentile(pages, 95));
            return;
        }
        List<Double> totals = timings.stream().map(Timing::total).sorted().toList();
        System.out.printf(Locale.ROOT, "%s, %d edits: pages on disk median %.0f ms, p95 %.0f ms; whole rebuild median"
                + " %.0f ms, p95 %.0f ms%n", what, timings.size(), percentile(pages, 50), percentile(pages, 95),
                percentile(totals, 50), percentile(totals, 95));
        // Median of each phase: where the time goes.
        Map<String, Double> phases = new LinkedHashMap<>();
        timings.get(0).phases().keySet().forEach(phase -> phases.put(phase, percentile(timings.stream()
                .map(t -> t.phases().getOrDefault(phase, 0.0)).sorted().toList(), 50)));
        System.out.println("  median by phase: " + phases.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f ms", e.getKey(), e.getValue())).toList());
        timings.forEach(t -> System.out.printf(Locale.ROOT, "  %7.1f %7.1f ms  rendered %d, written %d%s  %s%n",
                t.pages(), t.total(), t.rendered(), t.written(), t.assembled() ? ", assembled" : "",
                t.phases().values().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList()));
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
