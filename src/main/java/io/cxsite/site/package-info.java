/**
 * Stage 2: loaded parts -> {@link io.cxsite.site.Site}. {@link io.cxsite.site.SiteAssembler} gives
 * every page its URL, builds the section tree, tag lists and redirects, filters drafts and internal
 * pages, and resolves every link reference against the full index (a miss is a problem at its line).
 * The result is immutable and is all that rendering sees.
 */
package io.cxsite.site;
