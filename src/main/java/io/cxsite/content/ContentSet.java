package io.cxsite.content;

import java.util.List;

/** Everything loaded from {@code content/}, sorted by path. */
public record ContentSet(List<PageSource> pages, List<Asset> assets) {
}
