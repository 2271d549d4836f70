package io.cxsite.site;

import java.util.List;

/** A tag with the pages that carry it; {@code url} is {@code tags/<slug>/}. */
public record Tag(String name, String url, List<Page> pages) {
}
