package io.cxsite.site;

/**
 * An old address that redirects to a page.
 *
 * @param path       site-relative output file, e.g. {@code nps/index.html}
 * @param target     site-relative URL of the page
 * @param sourcePath the page whose front matter lists the alias, relative to the site root
 * @param line       where the alias is written in that file
 * @param column     likewise
 */
public record Alias(String path, String target, String sourcePath, int line, int column) {
}
