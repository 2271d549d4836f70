/**
 * Between render and publish, for {@code cxsite check}: {@link io.cxsite.check.SiteCheck} takes
 * every rendered {@link io.cxsite.render.OutputFile} and, once all are in, reports the site as
 * people will use it: links, {@code src}/{@code srcset} and {@code #anchors} that lead nowhere or
 * out of the base path, images without alt text, empty titles and headings, pages no link reaches,
 * and in a public build anything internal. Problems point at the Markdown line that made the
 * element, found from the loaded model, or at the page for what the theme adds.
 */
package io.cxsite.check;
