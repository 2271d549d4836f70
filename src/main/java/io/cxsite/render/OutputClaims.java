package io.cxsite.render;

import io.cxsite.config.Audience;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.MetricsJson;
import io.cxsite.render.StaticFiles.StaticFile;
import io.cxsite.site.Site;
import java.util.List;

/**
 * Claims every file a render makes, its own first, then the static files, then the site's content;
 * a clash is an error at the content that chose the path. A file written without a claim stops the
 * build, so a new kind of output that {@link SiteRenderer} makes must be claimed here too.
 */
final class OutputClaims {
    private OutputClaims() {
    }

    /** The plan of one render; {@code searchPages} when the theme has a search template. */
    static OutputPlan plan(Site site, boolean searchPages, List<StaticFile> statics, Problems problems) {
        OutputPlan plan = new OutputPlan(problems);
        plan.claim(SiteFiles.SITEMAP, OutputPlan.Claim.generated("the sitemap (" + SiteFiles.SITEMAP + ")"));
        plan.claim(SiteFiles.ROBOTS, OutputPlan.Claim.generated("cxsite's " + SiteFiles.ROBOTS));
        site.languageHomes().keySet().forEach(home -> plan.claim(home + SiteFiles.FEED,
                OutputPlan.Claim.generated("the Atom feed (" + home + SiteFiles.FEED + ")")));
        plan.claim(SiteFiles.SEARCH_INDEX, OutputPlan.Claim.generated("the search index (" + SiteFiles.SEARCH_INDEX + ")"));
        plan.claim("404.html", OutputPlan.Claim.generated("the 404 page (404.html)"));
        plan.claim(SiteRenderer.OUTPUT_MARKER, OutputPlan.Claim.generated("cxsite's mark on its output folder ("
                + SiteRenderer.OUTPUT_MARKER + ")"));
        plan.ownFolder(SearchFiles.FOLDER, "the search page and indexes (/" + SearchFiles.FOLDER + ")");
        site.languageHomes().keySet().forEach(home -> plan.ownFolder(home + "tags/",
                "the tag pages (/" + home + "tags/)"));
        plan.ownFolder(ReportHtml.CHARTS, "the charts (/" + ReportHtml.CHARTS + ")");
        if (searchPages) {
            claimSearchPages(site, plan);
        }
        if (publishesMetrics(site)) {
            plan.claim(MetricsJson.PATH, OutputPlan.Claim.generated("the metrics data (" + MetricsJson.PATH + ")"));
        }
        if (StaticWebAppConfig.written(site.config())) {
            plan.claim(StaticWebAppConfig.PATH, OutputPlan.Claim.generated("the access rules of Azure Static Web Apps ("
                    + StaticWebAppConfig.PATH + ")"));
        }
        for (StaticFile file : statics) {
            plan.claim(file.path(), new OutputPlan.Claim(file.label(), file.label(), 1, 1, "this static file",
                    "rename it"));
        }
        plan.claimContent(site);
        return plan;
    }

    /** Whether metrics.json is made: metrics are internal data, so a public build carries none of them. */
    static boolean publishesMetrics(Site site) {
        return !site.metrics().isEmpty() && site.config().audience().includes(Audience.INTERNAL);
    }

    private static void claimSearchPages(Site site, OutputPlan plan) {
        for (String lang : site.config().languages()) {
            String url = site.home(lang).url();
            if (!url.isEmpty()) {
                plan.claim(url + "search/index.html", OutputPlan.Claim.generated("the search page (/" + url
                        + "search/)"));
            }
        }
    }
}
