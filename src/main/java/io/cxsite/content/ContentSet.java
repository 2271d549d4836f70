package io.cxsite.content;

import java.util.List;

/** Everything loaded from {@code content/}, sorted by path. */
public record ContentSet(List<PageSource> pages, List<Asset> assets) {
    /** This content with generated pages added, still sorted by path. */
    public ContentSet withPages(List<PageSource> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<PageSource> all = new java.util.ArrayList<>(pages);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(PageSource::contentPath));
        return new ContentSet(List.copyOf(all), assets);
    }
}
