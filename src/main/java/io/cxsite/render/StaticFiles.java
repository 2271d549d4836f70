package io.cxsite.render;

import io.cxsite.config.InputFiles;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Finds and copies the theme's and the site's static files and the content's assets, and keeps the presentation folders inside the site. */
final class StaticFiles {
    /** One static file: where it goes, where it comes from, and how messages name it. */
    record StaticFile(String path, Path source, String label) {
    }

    private StaticFiles() {
    }

    /** The theme's static files, then the site's, a site file replacing a theme file of the same path. */
    static List<StaticFile> list(Path siteDir, Theme theme, Problems problems) throws IOException {
        Map<String, StaticFile> byPath = new TreeMap<>();
        theme.staticFiles(siteDir, problems).forEach((path, source) -> byPath.put(path, new StaticFile(path, source,
                "the theme's file " + path + " (in " + theme.label() + ")")));
        Path own = siteDir.resolve(SiteRenderer.STATIC);
        InputFiles.walk(siteDir, SiteRenderer.STATIC, InputFiles.ALL, SiteRenderer.NOTHING_SKIPPED, problems)
                .forEach(p -> {
                    String path = Theme.relative(own, p);
                    byPath.put(path, new StaticFile(path, p, SiteRenderer.STATIC + "/" + path));
                });
        return List.copyOf(byPath.values());
    }

    /**
     * The icon the pages name: the site's own {@code static/favicon.svg}, else its own
     * {@code static/favicon.ico}, else the theme's (SVG first); {@code ""} when there is none.
     */
    static String favicon(List<StaticFile> statics) {
        List<String> order = List.of("favicon.svg", "favicon.ico");
        for (boolean own : List.of(true, false)) {
            for (String name : order) {
                boolean found = statics.stream().anyMatch(f -> f.path().equals(name)
                        && f.label().startsWith(SiteRenderer.STATIC + "/") == own);
                if (found) {
                    return name;
                }
            }
        }
        return "";
    }

    /**
     * Whether the templates, words and theme of the site folder hold no symbolic link out of it (each
     * one an error at the link): Pebble and the word files read what the links point to, and a page
     * would carry it.
     */
    static boolean presentationInside(Path siteDir, String themeName, Problems problems) throws IOException {
        Problems own = new Problems();
        for (String folder : List.of(SiteRenderer.TEMPLATES, SiteRenderer.STATIC, Strings.FOLDER,
                "themes/" + themeName)) {
            InputFiles.walk(siteDir, folder, InputFiles.ALL, SiteRenderer.NOTHING_SKIPPED, own);
        }
        List<Problem> found = own.sorted();
        problems.addAll(found);
        return found.stream().noneMatch(Problem::isError);
    }

    /** Copies the static files, then the site's assets, each that {@code memory} does not still have. */
    static void copy(List<StaticFile> statics, Site site, SiteRenderer.Memory memory, Consumer<OutputFile> out)
            throws IOException {
        for (StaticFile file : statics) {
            if (memory.changed(file.path(), file.source())) {
                out.accept(new OutputFile(file.path(), MediaTypes.of(file.path()), Files.readAllBytes(file.source())));
            }
        }
        site.assets().parallelStream().filter(asset -> memory.changed(asset.contentPath(), asset.source())).forEach(asset -> {
            try {
                out.accept(new OutputFile(asset.contentPath(), MediaTypes.of(asset.contentPath()),
                        Files.readAllBytes(asset.source())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
