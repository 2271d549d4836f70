package io.cxsite.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drawn PNGs kept between renders: in memory for as long as its renderer lives (only for {@code
 * cxsite serve}, which renders again and again: up to {@value #MEMORY_BYTES} bytes, the least
 * recently used dropped; a one-off build keeps none, so its memory stays small), and on disk in the
 * site's {@value #FOLDER} so that the next {@code cxsite build} (or a CI run that restores the
 * folder) need not draw them again. Entries are named by key (the renderer's id and the chart's id,
 * itself a hash of all the chart shows), so a changed chart or renderer is a new entry, never a
 * stale one.
 *
 * <p>The folder stays inside the site: when a part of its path is a link or not a folder, the disk
 * is not used. Only files named like entries are read or deleted. The disk is a speed-up only: a
 * read or write that fails is a miss, and the chart is drawn.
 */
final class PngCache {
    static final String FOLDER = ".cxsite/cache/png";
    private static final long MEMORY_BYTES = 64L << 20;
    private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{16}-[A-Za-z][A-Za-z0-9_-]*\\.png");
    private static final Pattern UNFINISHED = Pattern.compile("\\.tmp-[0-9]+\\.png");

    private final Path siteDir;
    private final boolean writes;
    private final long memoryLimit;
    private final Map<String, byte[]> memory = new LinkedHashMap<>(256, 0.75f, true);
    private long memoryBytes;
    private Optional<Path> folder;

    private PngCache(Path siteDir, boolean writes, boolean remembers) {
        this.siteDir = siteDir;
        this.memoryLimit = remembers ? MEMORY_BYTES : 0;
        this.writes = writes;
    }

    /**
     * The cache of the site in {@code siteDir}; {@code writes} false reads the disk but never writes
     * it ({@code cxsite check} writes nothing); {@code remembers} keeps PNGs in memory too, for a
     * renderer that renders more than once. The folder is made at the first write.
     */
    static PngCache in(Path siteDir, boolean writes, boolean remembers) {
        return new PngCache(siteDir, writes, remembers);
    }

    /** The entry under {@code key}, from memory or disk. */
    Optional<byte[]> read(String key) {
        synchronized (memory) {
            byte[] png = memory.get(key);
            if (png != null) {
                return Optional.of(png);
            }
        }
        Optional<byte[]> stored = folder(false).flatMap(f -> readEntry(f.resolve(key + ".png")));
        stored.ifPresent(png -> remember(key, png));
        return stored;
    }

    /** Keeps {@code png} under {@code key}, in memory and on disk. */
    void write(String key, byte[] png) {
        remember(key, png);
        if (!writes) {
            return;
        }
        folder(true).ifPresent(f -> {
            try {
                // Written aside and moved in, so a reader never sees half an entry.
                Path unfinished = Files.createTempFile(f, ".tmp-", ".png");
                Files.write(unfinished, png);
                Files.move(unfinished, f.resolve(key + ".png"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // A cache that cannot be written only costs the next build the drawing.
            }
        });
    }

    /** Deletes the entries on disk whose key is not in {@code used}, and unfinished writes. */
    void keepOnly(Set<String> used) {
        Optional<Path> found = writes ? folder(false) : Optional.empty();
        if (found.isEmpty()) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(found.get())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean stale = ENTRY.matcher(name).matches() && !used.contains(name.substring(0, name.length() - 4));
                if ((stale || UNFINISHED.matcher(name).matches())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // Left for the next build to prune.
        }
    }

    private void remember(String key, byte[] png) {
        if (memoryLimit == 0) {
            return;
        }
        synchronized (memory) {
            if (memory.put(key, png) == null) {
                memoryBytes += png.length;
            }
            var eldest = memory.entrySet().iterator();
            while (memoryBytes > memoryLimit && eldest.hasNext()) {
                memoryBytes -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
    }

    private static Optional<byte[]> readEntry(Path entry) {
        try {
            return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Files.readAllBytes(entry))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // The folder once found (or made, when {@code create}); none while it is missing, and for good
    // when a part of its path is a link or a file, or it would not be inside the site for any reason.
    private synchronized Optional<Path> folder(boolean create) {
        if (folder == null || folder.isEmpty() && create) {
            folder = folderInside(siteDir, create);
        }
        return folder;
    }

    private static Optional<Path> folderInside(Path siteDir, boolean create) {
        try {
            Path site = siteDir.toRealPath();
            Path folder = site;
            for (String part : FOLDER.split("/")) {
                folder = folder.resolve(part);
                if (Files.isSymbolicLink(folder) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    if (!create) {
                        return Optional.empty();
                    }
                    Files.createDirectory(folder);
                }
            }
            return folder.toRealPath().startsWith(site) ? Optional.of(folder) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
