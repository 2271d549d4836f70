package io.cxsite.serve;

import io.cxsite.publish.OutputFolder;
import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Keeps track of what the output folder holds, page files and site files apart, as each step publishes. */
final class PublishedFiles {
    private final OutputFolder folder;
    /** Files of an update, and files of a finish (sitemap, feed, search indexes). */
    private Set<String> pagePaths;
    private Set<String> siteFilePaths = Set.of();

    PublishedFiles(OutputFolder folder) {
        this.folder = folder;
        this.pagePaths = folder.paths();
    }

    /**
     * Writes the rendered files and deletes the page files no longer made; afterwards the page files
     * are those this update keeps. {@code sameMetrics} says whether the metrics are the last build's.
     */
    OutputFolder.Counts publishPages(Map<String, OutputFile> files, RenderMemory.Session session,
            boolean sameMetrics) throws IOException {
        Set<String> live = new HashSet<>(files.keySet());
        live.addAll(session.kept());
        if (session.partial()) {
            // The files of pages not rendered stay; with the same metrics, so do the charts of report pages.
            live.addAll(sameMetrics ? pagePaths : session.skipped());
        }
        Set<String> gone = new HashSet<>(pagePaths);
        gone.removeAll(live);
        gone.removeAll(siteFilePaths);
        OutputFolder.Counts counts = folder.publish(files.values(), gone);
        pagePaths = live;
        return counts;
    }

    /** Writes the site files of a finish and deletes those it no longer makes. */
    OutputFolder.Counts publishSiteFiles(Map<String, OutputFile> files) throws IOException {
        Set<String> gone = new HashSet<>(siteFilePaths);
        gone.removeAll(pagePaths);
        gone.removeAll(files.keySet());
        OutputFolder.Counts counts = folder.publish(files.values(), gone);
        siteFilePaths = Set.copyOf(files.keySet());
        return counts;
    }

    /** How many files the folder holds. */
    int size() {
        return pagePaths.size() + siteFilePaths.size();
    }
}
