/**
 * Stage 3: {@link io.cxsite.site.Site} -> {@link io.cxsite.render.OutputFile}s. Pages go through the
 * theme's Pebble templates, and so do the blocks inside them (KPI cards, figures, drivers,
 * verbatims, flows: partial templates fed by the records of {@code PartialModel}); sitemap,
 * robots.txt, Atom feed, search index and static files are made here too. Rendering sees only
 * the finished site and the theme, never a loader.
 */
package io.cxsite.render;
