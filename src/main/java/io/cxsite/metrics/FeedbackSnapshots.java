package io.cxsite.metrics;

import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.FeedbackData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Monthly and weekly snapshots made from survey exports, and their merge with the YAML snapshots:
 * a KPI the YAML file gives wins over the exports, with a warning naming both when they disagree;
 * what only the exports give fills in.
 */
final class FeedbackSnapshots {
    static final String SOURCE = "the exports in content/feedback/";

    private FeedbackSnapshots() {
    }

    /** Snapshots per month and ISO week, for all customers and per segment. */
    static List<Snapshot> of(FeedbackData feedback) {
        Map<String, List<Map.Entry<FeedbackData.Cell, FeedbackData.Counts>>> groups = new TreeMap<>();
        for (Map.Entry<FeedbackData.Cell, FeedbackData.Counts> e : feedback.cells().entrySet()) {
            LocalDate day = e.getKey().day();
            for (Period period : List.of(Period.monthOf(day), Period.weekOf(day))) {
                groups.computeIfAbsent(period.key() + "|", k -> new ArrayList<>()).add(e);
                if (!e.getKey().segment().isEmpty()) {
                    groups.computeIfAbsent(period.key() + "|" + e.getKey().segment(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        List<Snapshot> snapshots = new ArrayList<>();
        groups.forEach((key, cells) -> {
            int bar = key.indexOf('|');
            Period period = Period.parse(key.substring(0, bar)).orElseThrow();
            String segment = key.substring(bar + 1);
            snapshots.add(snapshot(period, segment.isEmpty() ? Optional.empty() : Optional.of(segment), cells));
        });
        return snapshots;
    }

    private static Snapshot snapshot(Period period, Optional<String> segment,
            List<Map.Entry<FeedbackData.Cell, FeedbackData.Counts>> cells) {
        Nps nps = sum(cells);
        Map<String, Nps> byChannel = new TreeMap<>();
        cells.stream().map(e -> e.getKey().channel()).filter(c -> !c.isEmpty()).distinct().forEach(channel ->
                byChannel.put(channel, sum(cells.stream().filter(e -> e.getKey().channel().equals(channel)).toList())));
        long csatAnswers = cells.stream().mapToLong(e -> e.getValue().csatAnswers).reduce(0, Math::addExact);
        long cesAnswers = cells.stream().mapToLong(e -> e.getValue().cesAnswers).reduce(0, Math::addExact);
        OptionalDouble csat = csatAnswers == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(cells.stream().mapToDouble(e -> e.getValue().csatSatisfied).sum() / csatAnswers);
        OptionalDouble ces = cesAnswers == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(cells.stream().mapToDouble(e -> e.getValue().cesSum).sum() / cesAnswers);
        return new Snapshot(period, segment, SOURCE, Optional.of(nps), byChannel, csat, ces, Map.of(), Map.of(),
                OptionalDouble.empty(), OptionalDouble.empty(), Map.of(), Optional.empty(), Map.of(), false,
                period.kind() == Period.Kind.MONTH ? 1 : 0);
    }

    static Nps sum(List<Map.Entry<FeedbackData.Cell, FeedbackData.Counts>> cells) {
        long p = 0;
        long pa = 0;
        long d = 0;
        for (Map.Entry<FeedbackData.Cell, FeedbackData.Counts> e : cells) {
            p = Math.addExact(p, e.getValue().promoters);
            pa = Math.addExact(pa, e.getValue().passives);
            d = Math.addExact(d, e.getValue().detractors);
        }
        return Nps.ofCounts(p, pa, d);
    }

    /** The YAML snapshot with what only the exports give filled in; disagreements are warnings. */
    static Snapshot merge(Snapshot yaml, Snapshot exports, Problems problems) {
        Optional<Nps> nps = yaml.nps();
        if (nps.isPresent() && !same(nps.get(), exports.nps().orElseThrow())) {
            Nps a = nps.get();
            Nps b = exports.nps().get();
            problems.warning(yaml.source(), 1, 1, "NPS for " + key(yaml) + " is " + counts(a) + " here but "
                    + counts(b) + " in " + SOURCE + "; this file wins. Remove 'nps:' here to use the exports");
        }
        Map<String, Nps> byChannel = yaml.npsByChannel().isEmpty() ? exports.npsByChannel() : yaml.npsByChannel();
        OptionalDouble csat = yaml.csat();
        if (csat.isPresent() && exports.csat().isPresent() && Math.abs(csat.getAsDouble() - exports.csat().getAsDouble()) > 0.0005) {
            problems.warning(yaml.source(), 1, 1, "CSAT for " + key(yaml) + " is " + csat.getAsDouble() + " here but "
                    + round(exports.csat().getAsDouble()) + " in " + SOURCE + "; this file wins");
        }
        OptionalDouble ces = yaml.ces();
        if (ces.isPresent() && exports.ces().isPresent() && Math.abs(ces.getAsDouble() - exports.ces().getAsDouble()) > 0.005) {
            problems.warning(yaml.source(), 1, 1, "CES for " + key(yaml) + " is " + ces.getAsDouble() + " here but "
                    + round(exports.ces().getAsDouble()) + " in " + SOURCE + "; this file wins");
        }
        String source = nps.isPresent() ? yaml.source() : yaml.source() + " and " + SOURCE;
        return new Snapshot(yaml.period(), yaml.segment(), source, nps.or(exports::nps), byChannel,
                csat.isPresent() ? csat : exports.csat(), ces.isPresent() ? ces : exports.ces(),
                yaml.firstResponseTime(), yaml.resolutionTime(), yaml.retentionRate(), yaml.churnRate(), yaml.contacts(),
                yaml.clv(), yaml.targets(), false, yaml.months());
    }

    private static boolean same(Nps a, Nps b) {
        return a.counted() ? a.promoters() == b.promoters() && a.passives() == b.passives()
                && a.detractors() == b.detractors() : Math.abs(a.score() - b.score()) < 0.05;
    }

    private static String key(Snapshot s) {
        return s.period().key() + s.segment().map(x -> " (" + x + ")").orElse("");
    }

    private static String counts(Nps n) {
        return n.counted() ? n.promoters() + "/" + n.passives() + "/" + n.detractors() + " promoters/passives/detractors"
                : String.format(java.util.Locale.ROOT, "%.1f", n.score());
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
