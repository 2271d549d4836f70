package io.cxsite.content;

/**
 * HTML written straight into the Markdown (an inline tag such as {@code <a href="x">} or a whole
 * HTML block), as written, with where it starts in the file. It reaches the page unchanged, so the
 * site check finds an element of the rendered page in it and reports the element at its own line.
 *
 * @param html   the HTML as written; a block's later lines without the indent of the list or quote
 *               it sits in
 * @param line   the file line (1-based) of its first character
 * @param column the file column (1-based) of its first character, which is also where a block's
 *               later lines start
 */
public record RawHtml(String html, int line, int column) {
}
