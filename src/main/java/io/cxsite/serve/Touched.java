package io.cxsite.serve;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files and folders of a site that may have changed since the last build, relative to the site
 * folder with forward slashes. A touched folder means anything below it may have changed; the site
 * folder itself ({@code ""}) means anything at all.
 */
record Touched(Set<String> paths) {
    /** The paths inside {@code siteDir}; others are no part of the site and are left out. */
    static Touched of(Path siteDir, Collection<Path> touched) {
        Path root = siteDir.toAbsolutePath().normalize();
        Set<String> paths = new TreeSet<>();
        for (Path path : touched) {
            Path absolute = path.toAbsolutePath().normalize();
            if (absolute.startsWith(root)) {
                paths.add(root.relativize(absolute).toString().replace('\\', '/'));
            }
        }
        return new Touched(Set.copyOf(paths));
    }

    /** Whether {@code path} itself was touched. */
    boolean file(String path) {
        return paths.contains(path);
    }

    /** Whether {@code path} or a folder above it was touched: all of it must be looked at again. */
    boolean covers(String path) {
        return paths.stream().anyMatch(p -> p.isEmpty() || p.equals(path) || path.startsWith(p + "/"));
    }

    /** Whether anything at or below {@code path} may have changed. */
    boolean any(String path) {
        return covers(path) || paths.stream().anyMatch(p -> p.startsWith(path + "/"));
    }

    /** The touched paths below {@code folder}, relative to it. */
    List<String> under(String folder) {
        return paths.stream().filter(p -> p.startsWith(folder + "/")).map(p -> p.substring(folder.length() + 1))
                .toList();
    }
}
