/**
 * Stage 1: Markdown files with YAML front matter -> {@link io.cxsite.content.PageSource}s (parsed
 * document, front matter, outgoing link references and heading anchors, all with source positions),
 * plus the other files under {@code content/} as {@link io.cxsite.content.Asset}s.
 * Nothing here knows about URLs of other pages: references are resolved later by {@code site}.
 */
package io.cxsite.content;
