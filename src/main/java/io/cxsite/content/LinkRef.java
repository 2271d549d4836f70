package io.cxsite.content;

/**
 * A link or image destination as the author wrote it, e.g. {@code ../help/login.md#step-2},
 * with its position in the Markdown file. The site assembler turns it into a URL or a problem.
 */
public record LinkRef(String destination, int line, int column, boolean image) {
}
