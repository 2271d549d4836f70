package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.content.PageSource;
import io.cxsite.diagnostics.Problems;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The folders under content/ that hold pages, each a section ("" is the home), with their
 * {@code _index.md} and the audience that cascades from a section's index to everything below it.
 */
final class FolderTree {
    private final Set<String> folders;
    private final Map<String, PageSource> indexByFolder;
    private final Map<String, Audience> audience = new HashMap<>();

    private FolderTree(Set<String> folders, Map<String, PageSource> indexByFolder) {
        this.folders = Collections.unmodifiableSet(folders);
        this.indexByFolder = Collections.unmodifiableMap(indexByFolder);
    }

    /** Every folder that holds a page, and each of its ancestors; an audience clash is a problem at the index. */
    static FolderTree of(List<PageSource> pages, Problems problems) {
        Map<String, PageSource> indexByFolder = new TreeMap<>();
        Set<String> folders = new TreeSet<>();
        folders.add("");
        for (PageSource source : pages) {
            if (source.isSectionIndex()) {
                indexByFolder.put(source.folder(), source);
            }
            for (String f = source.folder(); !f.isEmpty(); f = parentFolder(f)) {
                folders.add(f);
            }
        }
        FolderTree tree = new FolderTree(folders, indexByFolder);
        tree.cascadeAudience(problems);
        return tree;
    }

    /** Folders sort parents first, so each inherits from a parent already decided. */
    private void cascadeAudience(Problems problems) {
        for (String folder : folders) {
            Audience inherited = folder.isEmpty() ? Audience.PUBLIC : audience.get(parentFolder(folder));
            PageSource index = indexByFolder.get(folder);
            // Reports are internal unless their _index.md says otherwise.
            Audience fallback = folder.equals(SiteAssembler.REPORTS) ? Audience.INTERNAL : inherited;
            Audience own = index == null ? fallback : index.meta().audience().orElse(fallback);
            if (inherited == Audience.INTERNAL && own == Audience.PUBLIC) {
                problems.error(index.path(), index.meta().line(), 1, "section is marked public inside the internal"
                        + " section '" + parentFolder(folder) + "'; a public build would leave it unreachable");
                own = Audience.INTERNAL;
            }
            audience.put(folder, own);
        }
    }

    /** Every section folder, parents first. */
    Set<String> folders() {
        return folders;
    }

    boolean contains(String folder) {
        return folders.contains(folder);
    }

    /** The folder's {@code _index.md}, if it has one. */
    Optional<PageSource> index(String folder) {
        return Optional.ofNullable(indexByFolder.get(folder));
    }

    /** The audience of a section folder. */
    Audience audience(String folder) {
        return audience.get(folder);
    }

    /** The audience of the nearest section folder that holds {@code contentPath}. */
    Audience audienceAround(String contentPath) {
        String folder = parentFolder(contentPath);
        while (!audience.containsKey(folder)) {
            folder = parentFolder(folder);
        }
        return audience.get(folder);
    }

    static String folderUrl(String folder) {
        return folder.isEmpty() ? "" : folder + "/";
    }

    static String parentFolder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String parentUrl(String url) {
        if (url.isEmpty()) {
            return "";
        }
        return folderUrl(parentFolder(url.substring(0, url.length() - 1)));
    }
}
