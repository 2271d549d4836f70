package io.cxsite.feedback;

import io.cxsite.config.FeedbackConfig;
import io.cxsite.diagnostics.Problems;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * One export being read, and what its readers share: its name in messages, the site.yaml rule for
 * it, how its dates are read, and where its rows and problems go.
 *
 * @param source the file's name in messages
 * @param rule   the site.yaml rule for this file, if one matches
 */
record ExportFile(Path file, String source, ZoneId siteZone, Optional<FeedbackConfig.Rule> rule, ExportSink sink,
        Problems problems) {

    /** A reader of answers whose local times are in the rule's zone, else the export's, else the site's. */
    Answers answers(Optional<ZoneId> exportZone) {
        return new Answers(source, dates(exportZone), defaults(), sink);
    }

    /** How dates are read: local times in the rule's zone, else the export's, else the site's. */
    ExportDates dates(Optional<ZoneId> exportZone) {
        return new ExportDates(siteZone, writtenZone(exportZone), rule.flatMap(FeedbackConfig.Rule::dateFormat));
    }

    /** The zone local times are written in: the rule's, else the export's, else the site's. */
    ZoneId writtenZone(Optional<ZoneId> exportZone) {
        return rule.flatMap(FeedbackConfig.Rule::timeZone).or(() -> exportZone).orElse(siteZone);
    }

    /** The site.yaml values for roles the export has no column for. */
    Map<String, String> defaults() {
        return rule.map(FeedbackConfig.Rule::defaults).orElse(Map.of());
    }

    /** The site.yaml {@code columns:} of the rule: the column (or JSON key) of each role it names. */
    Map<String, String> columns() {
        return rule.map(FeedbackConfig.Rule::columns).orElse(Map.of());
    }
}
