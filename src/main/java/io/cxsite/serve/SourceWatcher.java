package io.cxsite.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the source folders of a site (content, templates, static, themes and site.yaml) and calls
 * back once per burst of changes: editors write a file in several steps, so events within
 * {@link #QUIET_MS} of each other make one rebuild.
 */
public final class SourceWatcher implements AutoCloseable {
    static final long QUIET_MS = 120;
    static final List<String> WATCHED = List.of("content", "templates", "static", "themes");

    private final Path siteDir;
    private final WatchService service;

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

    /** Blocks, calling {@code onChange} after each burst of relevant changes, until interrupted or closed. */
    public void run(Runnable onChange) throws IOException {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                // Collect the rest of the burst.
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve(name);
            if (dir.equals(siteDir)) {
                String file = name.toString();
                if (WATCHED.contains(file) && event.kind() == ENTRY_CREATE) {
                    registerTree(changed);
                }
                relevant |= file.equals("site.yaml") || WATCHED.contains(file);
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
            String file = name.toString();
            relevant |= !file.startsWith(".") && !file.endsWith("~");
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
