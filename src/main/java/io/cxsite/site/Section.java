package io.cxsite.site;

import java.util.List;
import java.util.Optional;

/**
 * A folder of content: its index page and the pages and sub-sections in it, both in reading order
 * (weight, then newest date, then title).
 *
 * @param parent URL of the enclosing section; empty for the home section {@code ""}
 */
public record Section(String url, Page index, List<Page> pages, List<String> subsections, Optional<String> parent) {

    public String title() {
        return index.title();
    }
}
