package io.cxsite.serve;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Maps request paths to files inside the served root folder, refusing every path that leads out of it. */
final class ServedPaths {
    private final Path root;
    private final String basePath;

    ServedPaths(Path root, String basePath) {
        this.root = root;
        this.basePath = basePath;
    }

    /** The site's 404 page, if it has one inside the root. */
    Optional<Path> notFoundPage() throws IOException {
        return inside(root.resolve("404.html"));
    }

    /** The file a request path names, if it lies inside the root. */
    Optional<Path> resolve(String rawPath) throws IOException {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        String relative = path.substring(basePath.length());
        if (relative.contains("\0") || relative.contains("\\")) {
            return Optional.empty();
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        return inside(candidate);
    }

    /**
     * The real path of {@code file} when it is a regular file and, with every symbolic link on the
     * way resolved, lies inside the root. The real path is what gets read.
     */
    private Optional<Path> inside(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
    }
}
