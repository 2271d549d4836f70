package io.cxsite.config;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One walk of {@link InputFiles#walk}. Entries are read without following links, so an ordinary file
 * costs what it costs {@link Files#walk}; a link is checked, and a link to a folder inside the site
 * is walked in turn.
 *
 * @param siteDir the site folder as given
 * @param site    the site folder's real path
 * @param found   the regular files found, by site path (the order of paths as written)
 */
record FolderWalk(Path siteDir, Path site, BiPredicate<String, Boolean> skip, Problems problems,
        Map<String, Path> found) {

    /** Everything below {@code dir}, {@code depth} levels down; {@code chain} holds the real folders walked into. */
    void below(Path dir, int depth, List<Path> chain) throws IOException {
        if (depth <= 0) {
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            list.forEach(children::add);
        }
        for (Path child : children) {
            Files.walkFileTree(child, Set.of(), depth - 1, visitor(child, depth - 1, chain));
        }
    }

    private FileVisitor<Path> visitor(Path start, int depth, List<Path> chain) {
        return new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return skip.test(InputFiles.relative(siteDir, dir), true) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    int below = file.equals(start) ? 0 : start.relativize(file).getNameCount();
                    link(file, depth - below, chain);
                } else if (attrs.isRegularFile() && !skip.test(InputFiles.relative(siteDir, file), false)) {
                    found.put(InputFiles.relative(siteDir, file), file);
                }
                return FileVisitResult.CONTINUE;
            }
        };
    }

    /** A link met on the walk, with {@code depth} levels left below it. */
    private void link(Path link, int depth, List<Path> chain) throws IOException {
        boolean folder = Files.isDirectory(link);
        String relative = InputFiles.relative(siteDir, link);
        if (skip.test(relative, folder) || !InputFiles.allowed(site, siteDir, link, problems)) {
            return;
        }
        if (!folder) {
            if (Files.isRegularFile(link)) {
                found.put(relative, link);
            }
            return;
        }
        Path real = link.toRealPath();
        if (link.getParent().toRealPath().startsWith(real) || chain.stream().anyMatch(c -> c.startsWith(real))) {
            String target = site.relativize(real).toString().replace('\\', '/');
            InputFiles.once(problems, Problem.error(relative, 0, 0, "a symbolic link that loops back to "
                    + (target.isEmpty() ? "the site folder" : target) + ", a folder that holds it; remove the link"));
            return;
        }
        List<Path> longer = new ArrayList<>(chain);
        longer.add(real);
        below(link, depth, longer);
    }
}
