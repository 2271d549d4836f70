package io.cxsite.serve;

import io.cxsite.render.OutputFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Collects the files a render hands over, from several threads, and gives them up in batches. */
final class RenderBatch implements Consumer<OutputFile> {
    private volatile Map<String, OutputFile> files = new ConcurrentHashMap<>();

    @Override
    public void accept(OutputFile file) {
        if (files.putIfAbsent(file.path(), file) != null) {
            throw new IllegalStateException("two outputs for " + file.path());
        }
    }

    /** The files handed over since the last take. */
    Map<String, OutputFile> take() {
        Map<String, OutputFile> taken = files;
        files = new ConcurrentHashMap<>();
        return taken;
    }
}
