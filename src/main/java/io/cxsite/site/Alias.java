package io.cxsite.site;

/**
 * An old address that redirects to a page.
 *
 * @param path   site-relative output file, e.g. {@code nps/index.html}
 * @param target site-relative URL of the page
 */
public record Alias(String path, String target) {
}
