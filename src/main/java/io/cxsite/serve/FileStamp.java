package io.cxsite.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/** A file's identity on disk: a different stamp means different contents. */
record FileStamp(long size, FileTime modified, Object key) {
    /** The stamp of {@code file}, or nothing when it cannot be read. */
    static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
