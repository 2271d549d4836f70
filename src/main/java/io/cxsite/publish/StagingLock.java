package io.cxsite.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Holds a staging folder for the build filling it, so that no other build takes it for abandoned. */
final class StagingLock {
    /** Staging folders that builds in this process are filling; locks guard them from other processes. */
    private static final Set<Path> FILLING = ConcurrentHashMap.newKeySet();

    private StagingLock() {
    }

    /**
     * Marks {@code staging} as cxsite's and holds it for this build: the returned lock (null where the
     * file system has no locks) tells other builds it is in use until it is released.
     */
    static FileLock claim(Path staging) throws IOException {
        FILLING.add(staging);
        Path marker = Files.writeString(staging.resolve(OutputRule.MARKER), OutputRule.MARKER_TEXT);
        FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (IOException e) {
            // A file system without locks: other processes then never take this folder for abandoned.
        }
        channel.close();
        return null;
    }

    /** Releases what {@link #claim} took. */
    static void release(Path staging, FileLock lock) throws IOException {
        if (lock != null) {
            lock.channel().close();
        }
        FILLING.remove(staging);
    }

    /** A marked staging folder that no running build holds. */
    static boolean isAbandoned(Path staging) {
        Path marker = staging.resolve(OutputRule.MARKER);
        if (FILLING.contains(staging) || !OutputRule.isFile(marker)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            return lock != null;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }
}
