package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads a large CSV export in UTF-8 in parts at the same time, a thread a part, each from its bytes
 * ({@link CsvPartBytes}): the file is cut after line breaks that seem to start records
 * ({@link CsvSplits}), the first part reads the header rows and tells the others the layout, each
 * part reads into a sink of its own, counting its lines from 1, and proves the next part's cut by
 * ending on a record's end; the parts are merged in file order, their lines moved on by the lines
 * of the parts before them.
 * Counts, kept comments and bad rows with their file:line messages come out as reading the file in
 * one piece gives them; from a part that is not plain CSV on, the CSV parser reads the file.
 */
final class ParallelCsv {
    /** Smaller files are read in one piece: they take less time to read than threads take to pay off. */
    static final long MIN_SIZE = 8L << 20;

    private final ExportFile export;
    private final char delimiter;
    private final CompletableFuture<Optional<ExportLayout>> layout = new CompletableFuture<>();

    private ParallelCsv(ExportFile export, char delimiter) {
        this.export = export;
        this.delimiter = delimiter;
    }

    /**
     * Reads the export in up to {@code parts} parts into {@code sink}, its problems into the
     * export's; false, having read nothing, when it is to be read in one piece by the CSV parser. With
     * one part (one core), or a file that cannot be cut, the whole file is one part read from bytes.
     */
    static boolean read(ExportFile export, PartedSink sink, int parts, long minSize) throws IOException {
        Path file = export.file();
        if (parts < 1 || Files.size(file) < minSize) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4 * ExportText.sniffLength() + 4);
        }
        byte[] sniffed = java.util.Arrays.copyOf(head, Math.min(head.length, ExportText.sniffLength()));
        int start = ExportText.utf8Start(sniffed, export.rule().flatMap(FeedbackConfig.Rule::encoding));
        if (start < 0) {
            return false;
        }
        char delimiter = export.rule().flatMap(FeedbackConfig.Rule::delimiter)
                .orElseGet(() -> CsvDelimiter.sniff(new BufferedReader(utf8(new ByteArrayInputStream(head, start,
                        head.length - start)), 1 << 18)));
        boolean plain = delimiter < 128 && delimiter != '"' && delimiter != '\r' && delimiter != '\n';
        if (!plain) {
            return false;
        }
        List<Long> cuts = parts > 1 ? CsvSplits.guess(file, start, parts, (byte) delimiter) : List.of();
        return new ParallelCsv(export, delimiter).run(sink, start, cuts);
    }

    /**
     * Reads the UTF-8 text from {@code start} cut exactly at {@code cuts} (offsets just after line
     * breaks, in file order) as {@link #read} reads it cut where it guesses: for tests that put the
     * cuts anywhere, inside quoted fields too.
     */
    static boolean readAt(ExportFile export, PartedSink sink, long start, char delimiter, List<Long> cuts)
            throws IOException {
        return new ParallelCsv(export, delimiter).run(sink, start, cuts);
    }

    /** Reads the parts on threads of their own and merges them; false when the first part had no header rows. */
    private boolean run(PartedSink sink, long start, List<Long> cuts) throws IOException {
        int n = cuts.size() + 1;
        Part[] parts = new Part[n];
        for (int k = 0; k < n; k++) {
            long from = k == 0 ? start : cuts.get(k - 1);
            long to = k == n - 1 ? Files.size(export.file()) : cuts.get(k);
            parts[k] = new Part(k, from, to, sink.newPart());
            parts[k].thread.start();
        }
        for (Part part : parts) {
            part.await();
        }
        parts[0].rethrow();
        if (parts[0].end == CsvExport.PartEnd.SHORT) {
            return false;
        }
        long before = 0; // lines before the part: every part counted its own from 1
        for (Part part : parts) {
            // Only parts that count: one after a part read to the end is thrown away, failure and all.
            part.rethrow();
            if (part.forParser) {
                part.readByParser(); // its start is proven now: every part before it ended exactly there
            }
            part.sink.shiftLines(before);
            sink.mergePart(part.sink);
            for (Problem problem : part.problems.sorted()) {
                export.problems().add(new Problem(problem.path(), (int) Math.min(problem.line() + before,
                        Integer.MAX_VALUE), problem.column(), problem.severity(), problem.message()));
            }
            if (part.end == CsvExport.PartEnd.BROKEN || part.toEnd) {
                // read in one piece, nothing after the row that could not be read would count; a part
                // read to the end of the file by the CSV parser holds what the later parts read
                break;
            }
            before += part.lineAfter - 1;
        }
        return true;
    }

    /** One part of the file, [from, to), read on a thread of its own. */
    private final class Part {
        private final PartedSink empty;
        private PartedSink sink;
        private Problems problems;
        private final Thread thread;
        private CsvExport.PartEnd end = CsvExport.PartEnd.READ;
        /** Whether the part was read from its start to the end of the file by the CSV parser. */
        private boolean toEnd;
        private Throwable failure;
        /** The line after the part's last record, counting the part's first line as 1. */
        private long lineAfter = 1;
        /**
         * Whether a later part's bytes strayed from plain CSV, so that the CSV parser is to read from
         * its start to the end of the file, once its start is proven ({@link #readByParser}).
         */
        private boolean forParser;
        private final long from;
        private Optional<ExportLayout> given = Optional.empty();

        Part(int index, long from, long to, PartedSink sink) {
            this.empty = sink;
            this.from = from;
            thread = new Thread(() -> {
                try {
                    end = read(index, from, to, 1);
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    layout.complete(Optional.empty());
                }
            }, "cxsite-feedback-part-" + index);
            thread.setDaemon(true);
        }

        /**
         * Reads the part from its bytes. When they stray from plain CSV, or the part does not end on
         * a record's end, the cut it starts at is proven only if every part before it reads cleanly:
         * then the CSV parser reads from there to the end of the file, into a fresh sink, and the
         * parts after it do not count (a part before it that failed as well reads further still).
         * The first part's start is proven, so the parser reads it at once; a later part waits for
         * the merge, so that a guessed cut inside a quoted field never has the parser read the rest
         * of the file from inside that field.
         */
        private CsvExport.PartEnd read(int index, long from, long to, long firstLine) throws IOException {
            Consumer<ExportLayout> decided = index == 0 ? told -> layout.complete(Optional.ofNullable(told))
                    : told -> { };
            given = index == 0 ? Optional.empty() : layout.join();
            if (index > 0 && given.isEmpty()) {
                fresh();
                return CsvExport.PartEnd.READ; // the header rows told no layout: nothing after them is read
            }
            CsvExport.PartEnd byBytes = CsvPartBytes.read(fresh(), from, to, (byte) delimiter, firstLine,
                    given.orElse(null), decided, line -> lineAfter = line);
            if (byBytes != null) {
                return byBytes;
            }
            if (index > 0) {
                forParser = true;
                fresh();
                return CsvExport.PartEnd.READ;
            }
            return readToEnd(firstLine, decided);
        }

        /** The CSV parser's reading of the file from this part's start to its end, now that the start is proven. */
        void readByParser() throws IOException {
            end = readToEnd(1, told -> { });
        }

        private CsvExport.PartEnd readToEnd(long firstLine, Consumer<ExportLayout> decided) throws IOException {
            toEnd = true;
            try (Reader text = utf8(range(from, Files.size(export.file())))) {
                return CsvExport.readPart(fresh(), text, delimiter, firstLine, given.orElse(null), decided);
            }
        }

        /** The export as this part reads it, into an empty sink and problems of its own. */
        private ExportFile fresh() {
            sink = sink == null ? empty : empty.newPart();
            problems = new Problems();
            return new ExportFile(export.file(), export.source(), export.siteZone(), export.rule(), sink, problems);
        }

        /** Waits until the part's thread is done; what it failed with is for {@link #rethrow}. */
        void await() throws IOException {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + export.source(), e);
            }
        }

        /** Throws what the part's thread failed with, if anything. */
        void rethrow() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            } else if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The file's bytes from {@code from} up to {@code to}. */
    private InputStream range(long from, long to) throws IOException {
        InputStream in = Files.newInputStream(export.file());
        in.skipNBytes(from);
        return new FilterInputStream(in) {
            private long left = to - from;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b >= 0 ? 1 : 0;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(length, left));
                left -= Math.max(n, 0);
                return n;
            }
        };
    }
}
