package io.cxsite.serve;

import io.cxsite.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What reading one source gave, and the problems it raised, kept until the file changes. */
record CachedRead<T>(Optional<FileStamp> stamp, T value, List<Problem> problems) {
    /** The cached read, unless there is none, the file was touched or its stamp changed. */
    static <T> Optional<CachedRead<T>> reuse(CachedRead<T> cached, Path file, boolean touched) {
        if (cached == null || touched || !Objects.equals(cached.stamp(), FileStamp.of(file))) {
            return Optional.empty();
        }
        return Optional.of(cached);
    }
}
