package io.cxsite.serve;

import io.cxsite.config.InputFiles;
import io.cxsite.content.ContentLoader;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The page and asset files under content/, and the links refused there, kept up to date from what was touched. */
final class ContentFileList {
    private final Path siteDir;
    private final Path contentDir;
    /** Every page and asset file under content/, by content path: the order {@link ContentLoader} reads them in. */
    private final TreeMap<String, Path> files = new TreeMap<>();
    /** Symbolic links under content/ that are not followed (out of the site, looping, to nothing), by site path. */
    private final TreeMap<String, Problem> refused = new TreeMap<>();
    private boolean scanned;

    ContentFileList(Path siteDir, Path contentDir) {
        this.siteDir = siteDir;
        this.contentDir = contentDir;
    }

    /** The files by content path, in reading order. */
    Map<String, Path> files() {
        return Collections.unmodifiableMap(files);
    }

    /** The problems of the symbolic links not followed. */
    Collection<Problem> refused() {
        return refused.values();
    }

    /** Forgets every file: the next update scans content/ again. */
    void clear() {
        scanned = false;
        files.clear();
    }

    /**
     * Scans content/ on the first build or when all of it was touched, else only the touched paths;
     * adds the files to read again to {@code recheck}. Returns whether files came or went.
     */
    boolean update(Touched touched, Set<String> recheck) throws IOException {
        if (!scanned || touched.covers(ContentLoader.CONTENT)) {
            files.clear();
            refused.clear();
            scan(contentDir, recheck);
            scanned = true;
            return true;
        }
        boolean listChanged = false;
        for (String contentPath : touched.under(ContentLoader.CONTENT)) {
            listChanged |= update(contentPath, recheck);
        }
        return listChanged;
    }

    /**
     * Brings the file list up to date for one touched path under content/: a file, a folder, or
     * something gone. Returns whether files came or went.
     */
    private boolean update(String contentPath, Set<String> recheck) throws IOException {
        Path file = contentDir.resolve(contentPath);
        Map<String, Path> below = files.subMap(contentPath + "/", contentPath + "0"); // '0' follows '/'
        boolean changed = !below.isEmpty();
        below.clear();
        String sitePath = ContentLoader.CONTENT + "/" + contentPath;
        refused.remove(sitePath);
        refused.subMap(sitePath + "/", sitePath + "0").clear();
        if (Files.isDirectory(file)) {
            changed |= files.remove(contentPath) != null;
            int before = files.size();
            scan(file, recheck);
            return changed || files.size() != before;
        }
        Problems link = new Problems();
        if (ContentLoader.takes(contentPath) && !InputFiles.inside(siteDir, file, link)) {
            link.sorted().forEach(p -> refused.put(p.path(), p));
        } else if (Files.isRegularFile(file) && ContentLoader.takes(contentPath)) {
            changed |= files.put(contentPath, file) == null;
            recheck.add(contentPath);
            return changed;
        }
        return files.remove(contentPath) != null || changed;
    }

    /** Adds the files under {@code dir} as {@link ContentLoader#files} lists them, and the links it refuses. */
    private void scan(Path dir, Set<String> recheck) throws IOException {
        Problems links = new Problems();
        for (Path file : ContentLoader.files(siteDir, siteDir.relativize(dir).toString().replace('\\', '/'), links)) {
            String contentPath = contentDir.relativize(file).toString().replace('\\', '/');
            files.put(contentPath, file);
            recheck.add(contentPath);
        }
        links.sorted().forEach(p -> refused.put(p.path(), p));
    }
}
