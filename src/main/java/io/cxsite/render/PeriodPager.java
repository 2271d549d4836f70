package io.cxsite.render;

import io.cxsite.metrics.Period;
import io.cxsite.site.Page;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Previous and next among generated period pages: only periods of the same kind (months with
 * months, quarters with quarters, weeks with weeks), oldest first, so that "Previous" is always the
 * period before and "Next" the one after (September 2026 ← October 2026 → November 2026).
 * One pager serves one build: it sorts each section's periods of a kind once, not once per page.
 */
final class PeriodPager {
    /** A section's period pages of one kind. */
    private record Run(String sectionUrl, Period.Kind kind) {
    }

    private final Map<Run, List<Page>> runs = new ConcurrentHashMap<>();

    /**
     * The pages {@code page} steps between: {@code sectionPages}, the pages of its section, or for a
     * period page those of its kind in time order.
     */
    List<Page> siblings(Page page, List<Page> sectionPages) {
        if (page.generatedPeriod().isEmpty()) {
            return sectionPages;
        }
        Period.Kind kind = page.generatedPeriod().get().kind();
        return runs.computeIfAbsent(new Run(page.sectionUrl(), kind), run -> sorted(sectionPages, kind));
    }

    /**
     * Where {@code page} stands among {@code siblings}, or -1: found by identity, as the lists hold the
     * site's own page records, whose generated equals would run once per sibling before each match.
     */
    static int position(List<Page> siblings, Page page) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i) == page) {
                return i;
            }
        }
        return -1;
    }

    private static List<Page> sorted(List<Page> sectionPages, Period.Kind kind) {
        // Each page's period is parsed from its path once here, not at every comparison of the sort;
        // periods of one kind sort by their start.
        Map<Page, Period> periods = new IdentityHashMap<>();
        for (Page p : sectionPages) {
            p.generatedPeriod().filter(q -> q.kind() == kind).ifPresent(q -> periods.put(p, q));
        }
        return sectionPages.stream().filter(periods::containsKey).sorted(Comparator.comparing(periods::get))
                .toList();
    }
}
