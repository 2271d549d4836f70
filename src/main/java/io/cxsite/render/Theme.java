package io.cxsite.render;

import io.cxsite.config.InputFiles;
import io.cxsite.diagnostics.Problems;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a theme's templates and static files come from: the site's own {@code themes/<name>/}
 * when it has one, else the copy of the theme that ships inside cxsite.
 *
 * @param label how problems name the theme folder, e.g. {@code themes/default}
 */
record Theme(String name, String label, Loader<?> templates, Optional<Path> staticDir) {
    static final String BUILT_IN = "cxsite/themes/";

    static Optional<Theme> locate(Path siteDir, String name) {
        Path own = siteDir.resolve("themes").resolve(name);
        if (Files.isDirectory(own.resolve("templates"))) {
            FileLoader loader = new FileLoader(own.resolve("templates").toAbsolutePath().normalize().toString());
            return Optional.of(new Theme(name, "themes/" + name, loader, existing(own.resolve("static"))));
        }
        URL templates = Theme.class.getClassLoader().getResource(BUILT_IN + name + "/templates/base.peb");
        if (templates == null) {
            return Optional.empty();
        }
        ClasspathLoader loader = new ClasspathLoader(Theme.class.getClassLoader());
        loader.setPrefix(BUILT_IN + name + "/templates");
        return Optional.of(new Theme(name, "themes/" + name + " (built into cxsite)", loader,
                builtInStatic(name)));
    }

    /**
     * Static files by site-relative output path. A theme of the site's own is read through
     * {@link InputFiles}, like every file of the site; the built-in one is cxsite's.
     */
    Map<String, Path> staticFiles(Path siteDir, Problems problems) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (staticDir.isEmpty()) {
            return files;
        }
        Path dir = staticDir.get();
        if (dir.getFileSystem().equals(siteDir.getFileSystem()) && dir.startsWith(siteDir)) {
            InputFiles.walk(siteDir, relative(siteDir, dir), InputFiles.ALL, SiteRenderer.NOTHING_SKIPPED, problems)
                    .forEach(p -> files.put(relative(dir, p), p));
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(relative(dir, p), p));
        }
        return files;
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static Optional<Path> existing(Path dir) {
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    /** The built-in static folder, inside the jar (through a zip file system) or in target/classes. */
    private static Optional<Path> builtInStatic(String name) {
        URL url = Theme.class.getClassLoader().getResource(BUILT_IN + name + "/static");
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return Optional.of(zip.provider().getPath(uri));
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in theme at " + url, e);
        }
    }
}
