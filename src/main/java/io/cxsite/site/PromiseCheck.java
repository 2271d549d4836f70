package io.cxsite.site;

import io.cxsite.config.ConfigLoader;
import io.cxsite.config.Durations;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Metrics;
import io.cxsite.metrics.Promises;

/**
 * Warns where the help centre promises a first answer sooner than the snapshots show it comes:
 * at the site.yaml line that writes the promise, naming the month measured, so that the help
 * pages never tell customers what the reports show is not kept.
 */
final class PromiseCheck {
    private PromiseCheck() {
    }

    static void warn(SiteConfig config, Metrics metrics, Problems problems) {
        for (Promises.Promise p : Promises.latest(config, metrics)) {
            if (!p.kept()) {
                problems.warning(ConfigLoader.FILE, p.line(), p.column(), "the help centre promises a first answer by "
                        + p.channel() + " within " + Durations.format(p.promised()) + ", but " + p.measuredIn().label()
                        + " measured " + Durations.format(p.measured()) + "; promise what is kept (set this channel's"
                        + " responseTime to at least " + Durations.format(p.measured()) + ") or fix the answer time");
            }
        }
    }
}
