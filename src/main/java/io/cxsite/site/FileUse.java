package io.cxsite.site;

/**
 * Where a page uses a file under {@code content/}: a link or image in its Markdown.
 *
 * @param file   the file's path relative to {@code content/}, which is also its output path
 * @param page   the page's Markdown file, relative to the site root
 * @param line   the link's line in that file, 1-based
 * @param column the link's column, 1-based
 */
public record FileUse(String file, String page, int line, int column) {
    /** {@code content/guides/review.md:7:3}, for messages. */
    public String where() {
        return page + ":" + line + ":" + column;
    }
}
