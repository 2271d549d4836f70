package io.cxsite.site;

import io.cxsite.config.Audience;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.FrontMatter;
import io.cxsite.content.PageSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.commonmark.node.Document;

/**
 * Builds the sections the site keeps: each folder's index page (its {@code _index.md}, or a generated
 * one), its pages in reading order and its sub-sections. A folder whose pages are all left out
 * disappears with them.
 */
final class SectionTree {
    private final SiteConfig config;
    private final FolderTree tree;
    private final Map<String, String> leftOut;
    private final Comparator<Page> readingOrder;
    private final Function<PageSource, Page> linkedIndex;

    /**
     * @param leftOut     why a source is not published in this build, by content path
     * @param linkedIndex a section's {@code _index.md} as a page with its links and blocks checked
     */
    SectionTree(SiteConfig config, FolderTree tree, Map<String, String> leftOut, Comparator<Page> readingOrder,
            Function<PageSource, Page> linkedIndex) {
        this.config = config;
        this.tree = tree;
        this.leftOut = leftOut;
        this.readingOrder = readingOrder;
        this.linkedIndex = linkedIndex;
    }

    /** Every section kept, by URL; {@code pagesByFolder} holds the regular pages this build publishes. */
    Map<String, Section> sections(Map<String, List<Page>> pagesByFolder) {
        Map<String, Section> sections = new TreeMap<>();
        // Children before parents, so that a parent knows which sub-sections survived.
        List<String> deepestFirst = new ArrayList<>(tree.folders());
        deepestFirst.sort(Comparator.comparingInt((String f) -> f.isEmpty() ? 0 : f.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        Map<String, List<Page>> childIndexes = new HashMap<>();
        for (String folder : deepestFirst) {
            String url = FolderTree.folderUrl(folder);
            Optional<PageSource> indexSource = tree.index(folder);
            List<Page> own = pagesByFolder.getOrDefault(folder, List.of());
            List<Page> children = childIndexes.getOrDefault(url, List.of());
            if (!kept(folder, indexSource, own, children)) {
                continue;
            }
            Page index = indexSource.map(linkedIndex).orElseGet(() -> syntheticIndex(folder, url));
            // A language's home is a root of its own, like the site's home.
            Optional<String> parent = folder.isEmpty() || config.isSubLanguage(folder) ? Optional.empty()
                    : Optional.of(FolderTree.folderUrl(FolderTree.parentFolder(folder)));
            sections.put(url, new Section(url, index, sorted(own), sorted(children).stream().map(Page::url).toList(),
                    parent));
            parent.ifPresent(p -> childIndexes.computeIfAbsent(p, k -> new ArrayList<>()).add(index));
        }
        return Collections.unmodifiableMap(sections);
    }

    /** The home always; another folder unless left out, or empty without an _index.md of its own. */
    private boolean kept(String folder, Optional<PageSource> index, List<Page> own, List<Page> children) {
        boolean out = index.isEmpty()
                ? !config.audience().includes(tree.audience(folder))
                : leftOut.containsKey(index.get().contentPath());
        return folder.isEmpty() || !(out || index.isEmpty() && own.isEmpty() && children.isEmpty());
    }

    private List<Page> sorted(List<Page> pages) {
        List<Page> ordered = new ArrayList<>(pages);
        ordered.sort(readingOrder);
        return List.copyOf(ordered);
    }

    private Page syntheticIndex(String folder, String url) {
        Audience audience = tree.audience(folder);
        String name = folder.isEmpty() ? config.title() : folder.substring(folder.lastIndexOf('/') + 1);
        String title = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        FrontMatter meta = new FrontMatter(title, "", Optional.empty(), false, 0, List.of(), List.of(),
                Optional.of(audience), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), 1);
        return new Page("content/" + folder + (folder.isEmpty() ? "" : "/"), url,
                folder.isEmpty() ? "" : FolderTree.parentUrl(url), meta, audience, config.language(), new Document(),
                List.of(), Map.of(), List.of());
    }
}
