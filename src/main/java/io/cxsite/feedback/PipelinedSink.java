package io.cxsite.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Hands rows from the reading thread to one worker that feeds the real sink, in batches and in
 * the order they were read: parsing the export and matching topics run on two cores, and the
 * result is the same as feeding the sink directly. The queue is short, so memory stays bounded.
 */
final class PipelinedSink implements ExportSink, AutoCloseable {
    private static final int BATCH = 2048;
    private static final List<Consumer<ExportSink>> END = List.of();

    private final BlockingQueue<List<Consumer<ExportSink>>> queue = new ArrayBlockingQueue<>(4);
    private final Thread worker;
    private List<Consumer<ExportSink>> batch = new ArrayList<>(BATCH);
    private volatile RuntimeException failure;

    PipelinedSink(ExportSink target) {
        worker = new Thread(() -> {
            try {
                List<Consumer<ExportSink>> next;
                while ((next = queue.take()) != END) {
                    for (Consumer<ExportSink> row : next) {
                        row.accept(target);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
                queue.clear();
            }
        }, "cxsite-feedback");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void accept(Response response) {
        add(sink -> sink.accept(response));
    }

    @Override
    public void badRow(String source, long line, String reason) {
        add(sink -> sink.badRow(source, line, reason));
    }

    @Override
    public void unfinished(String source, long line) {
        add(sink -> sink.unfinished(source, line));
    }

    @Override
    public void leftOut(String source, long line, String reason) {
        add(sink -> sink.leftOut(source, line, reason));
    }

    private void add(Consumer<ExportSink> row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    private void put(List<Consumer<ExportSink>> rows) {
        try {
            // A worker that failed takes nothing more: check for that instead of waiting for ever.
            while (!queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading feedback", e);
        }
    }

    /** Waits until the worker has fed every row to the sink; rethrows what the sink threw. */
    @Override
    public void close() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(0);
        }
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
