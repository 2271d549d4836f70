package io.cxsite.site;

import io.cxsite.config.SiteConfig;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** The order in which a section's or a tag's pages are listed. */
final class ReadingOrder {
    private ReadingOrder() {
    }

    /**
     * Weight first (unweighted last), then newest date, then title in the site's language, then URL.
     * Each title's collation key is made once and kept: sorting the tag and section lists of a big
     * site compares titles hundreds of thousands of times, and keys compare as the collator does.
     */
    static Comparator<Page> of(SiteConfig config) {
        Collator collator = Collator.getInstance(config.locale());
        Map<String, CollationKey> keys = new HashMap<>();
        return Comparator.<Page>comparingInt(p -> p.meta().weight() == 0 ? Integer.MAX_VALUE : p.meta().weight())
                .thenComparing(p -> p.meta().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparing(p -> keys.computeIfAbsent(p.title(), collator::getCollationKey))
                .thenComparing(Page::url);
    }
}
