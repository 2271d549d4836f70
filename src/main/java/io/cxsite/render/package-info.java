/**
 * Stage 3: {@link io.cxsite.site.Site} -> {@link io.cxsite.render.OutputFile}s. Pages go through the
 * theme's Pebble templates, and so do the blocks inside them (KPI cards, figures, drivers,
 * verbatims, flows: partial templates fed by the records of {@code PartialModel}); sitemap,
 * robots.txt, Atom feed, search index and static files are made here too. Rendering sees only
 * the finished site and the theme, never a loader; the one thing it keeps on disk is the site's
 * chart cache ({@code .cxsite/cache/png}: PNG copies of charts, see {@code PngCache}).
 */
package io.cxsite.render;
