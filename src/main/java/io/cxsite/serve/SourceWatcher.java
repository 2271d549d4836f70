package io.cxsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the sources of a site and calls back once per burst of changes with the paths that
 * changed: site.yaml, and everything under content/ (pages, assets, and the data in
 * content/metrics/, content/feedback/ and content/topics.yaml), templates/, static/, themes/ and
 * i18n/. Editors write a file in several steps, so events within {@link #QUIET_MS} of each other
 * make one callback. A created folder is reported as a whole (files may have landed in it before it
 * was watched); when the system drops events, the site folder itself is reported: anything may
 * have changed.
 */
public final class SourceWatcher implements AutoCloseable {
    static final long QUIET_MS = 25;
    static final List<String> WATCHED = List.of("content", "templates", "static", "themes", "i18n");
    static final String CONFIG = "site.yaml";

    private final Path siteDir;
    private final WatchService service;
    /** Changes seen by {@link #changesWaiting()}, for the next callback. */
    private final Set<Path> waiting = new TreeSet<>();

    public SourceWatcher(Path siteDir) throws IOException {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        this.siteDir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        for (String name : WATCHED) {
            registerTree(this.siteDir.resolve(name));
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    /** Blocks, calling {@code onChange} with the changed paths after each burst, until interrupted or closed. */
    public void run(Consumer<Set<Path>> onChange) throws IOException {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>(waiting);
                waiting.clear();
                if (changed.isEmpty()) {
                    drain(service.take(), changed);
                }
                // Collect the rest of the burst.
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Whether files changed since the current burst was handed over; they go with the next. For
     * the callback, to skip work the next callback redoes.
     */
    public boolean changesWaiting() throws IOException {
        WatchKey key;
        while ((key = service.poll()) != null) {
            drain(key, waiting);
        }
        return !waiting.isEmpty();
    }

    private void drain(WatchKey key, Set<Path> changed) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                changed.add(siteDir); // overflow: events were lost
                continue;
            }
            Path path = dir.resolve(name);
            String file = name.toString();
            if (dir.equals(siteDir) && !file.equals(CONFIG) && !WATCHED.contains(file)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
            if (!file.startsWith(".") && !file.endsWith("~")) {
                changed.add(path);
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
