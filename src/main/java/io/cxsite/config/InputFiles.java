package io.cxsite.config;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * The one way the build finds and opens the files of a site folder, so that only the author's files
 * are read and published. A symbolic link is followed when it leads to a file or folder inside the
 * site folder (a shared images folder, say) that is not hidden; a link into {@code .git/} or to
 * {@code .env} is an error at the link, and so is a link out of the site (to {@code /etc/hostname}, to
 * {@code /proc/self/environ} with a CI runner's secrets) is an error at the link, and so is a link
 * that loops back to a folder holding it. A link to nothing is a warning, and left out.
 */
public final class InputFiles {
    /** How deep {@link #walk} goes when it should see everything. */
    public static final int ALL = Integer.MAX_VALUE;

    private InputFiles() {
    }

    /**
     * Every regular file under {@code folder} (relative to the site folder), at most {@code depth}
     * levels down, in path order. {@code skip} gets each entry's path relative to the site folder
     * (forward slashes) and whether it is a folder: skipped entries are neither read nor checked.
     * Empty when the folder is missing or is itself a link out of the site.
     */
    public static List<Path> walk(Path siteDir, String folder, int depth, BiPredicate<String, Boolean> skip,
            Problems problems) throws IOException {
        Path root = siteDir.resolve(folder);
        if (!Files.isDirectory(root) || !inside(siteDir, root, problems)) {
            return List.of();
        }
        FolderWalk walk = new FolderWalk(siteDir, siteDir.toRealPath(), skip, problems, new TreeMap<>());
        walk.below(root, depth, List.of(root.toRealPath()));
        return List.copyOf(walk.found().values());
    }

    /**
     * Whether {@code file}, a path under the site folder, may be read: true unless it climbs out of
     * the site ({@code ..} on the way, or another root: an error), or it or a folder on the way to it
     * is a symbolic link out of the site (an error at the first such link) or to nothing (a warning).
     * True for a file that does not exist: the caller says what is missing.
     */
    public static boolean inside(Path siteDir, Path file, Problems problems) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path site = siteDir.toRealPath();
        Path relative = siteDir.isAbsolute() == file.isAbsolute() ? siteDir.relativize(file) : null;
        if (relative == null || leaves(relative)) {
            once(problems, Problem.error(relative == null ? file.toString() : relative.toString().replace('\\', '/'),
                    0, 0, "a path that leaves the site folder; cxsite never reads a file outside the site, so that"
                    + " no file but the author's is published"));
            return false;
        }
        Path at = siteDir;
        for (Path part : relative) {
            at = at.resolve(part);
            if (!allowed(site, siteDir, at, problems)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a relative path names a folder above where it starts ({@code ..}) on its way. */
    private static boolean leaves(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** False (with a problem at the link) for a symbolic link out of the site or to nothing. */
    static boolean allowed(Path site, Path siteDir, Path path, Problems problems) throws IOException {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        Path target = Files.readSymbolicLink(path);
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            once(problems, Problem.warning(relative(siteDir, path), 0, 0, "a symbolic link to " + target
                    + ", which does not exist; it is left out (remove the link or make what it points to)"));
            return false;
        }
        if (real.startsWith(site)) {
            return !hidden(site, siteDir, path, target, real, problems);
        }
        once(problems, Problem.error(relative(siteDir, path), 0, 0, "a symbolic link to " + target
                + ", outside the site folder; cxsite never follows a link out of the site, so that no file but the"
                + " author's is published: replace the link by a copy of the "
                + (Files.isDirectory(real) ? "folder" : "file")));
        return false;
    }

    /**
     * Whether a link inside the site leads into a hidden file or folder ({@code .git/config}, where a CI
     * checkout keeps its token, {@code .env}): an error at the link, since such files hold credentials
     * rather than content, and a link in a pull request is easy to miss.
     */
    private static boolean hidden(Path site, Path siteDir, Path link, Path target, Path real, Problems problems) {
        for (Path part : site.relativize(real)) {
            if (part.toString().startsWith(".")) {
                once(problems, Problem.error(relative(siteDir, link), 0, 0, "a symbolic link to " + target
                        + ", which leads into the hidden " + (Files.isDirectory(real) ? "folder " : "file ")
                        + site.relativize(real).toString().replace('\\', '/') + "; hidden files such as .git/config"
                        + " and .env hold credentials, so cxsite never follows a link into one: replace the link by"
                        + " a copy of what should be published"));
                return true;
            }
        }
        return false;
    }

    /** Several loaders may meet one link (content/ itself, say): it is reported once. */
    static void once(Problems problems, Problem problem) {
        synchronized (problems) {
            if (!problems.sorted().contains(problem)) {
                problems.add(problem);
            }
        }
    }

    static String relative(Path siteDir, Path path) {
        return siteDir.relativize(path).toString().replace('\\', '/');
    }
}
