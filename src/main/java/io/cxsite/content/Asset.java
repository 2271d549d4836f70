package io.cxsite.content;

import java.nio.file.Path;

/**
 * A non-Markdown file under {@code content/} (an image beside a page, a PDF), copied to the same
 * relative place in the output.
 *
 * @param contentPath path relative to {@code content/}, with forward slashes
 */
public record Asset(String contentPath, Path source) {
}
