package io.cxsite.render;

import io.cxsite.metrics.Period;
import io.cxsite.site.Page;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Previous and next among generated period pages: only periods of the same kind (months with
 * months, quarters with quarters, weeks with weeks), oldest first, so that "Previous" is always the
 * period before and "Next" the one after (September 2026 ← October 2026 → November 2026).
 */
final class PeriodPager {
    private PeriodPager() {
    }

    /** The pages {@code page} steps between: its section's pages, or for a period page its kind's in time order. */
    static List<Page> siblings(Page page, List<Page> sectionPages) {
        if (page.generatedPeriod().isEmpty()) {
            return sectionPages;
        }
        Period.Kind kind = page.generatedPeriod().get().kind();
        // Each page's period is parsed from its path once here, not at every comparison of the sort;
        // periods of one kind sort by their start.
        Map<Page, Period> periods = new IdentityHashMap<>();
        for (Page p : sectionPages) {
            p.generatedPeriod().filter(q -> q.kind() == kind).ifPresent(q -> periods.put(p, q));
        }
        return sectionPages.stream().filter(periods::containsKey).sorted(Comparator.comparing(periods::get)).toList();
    }
}
