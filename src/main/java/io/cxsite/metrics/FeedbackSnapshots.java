package io.cxsite.metrics;

import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The counts of one snapshot while cells are added: in all, and per channel the export named. */
    private static final class Sums {
        private final CountSum total = new CountSum();
        /** Sorted by channel when the snapshot is made. */
        private final Map<String, CountSum> byChannel = new HashMap<>();
        /** The channel of the cell added last and its sum: a day's cells come sorted by channel. */
        private String lastChannel;
        private CountSum lastSum;

        void add(Cell cell, Counts counts) {
            total.add(counts);
            String channel = cell.channel();
            if (!channel.isEmpty()) {
                if (!channel.equals(lastChannel)) {
                    lastChannel = channel;
                    lastSum = byChannel.computeIfAbsent(channel, c -> new CountSum());
                }
                lastSum.add(counts);
            }
        }
    }

    /** Snapshots per month and ISO week, for all customers and per segment, in key order. */
    static List<Snapshot> of(FeedbackData feedback) {
        // Summed in hash maps and sorted once, as a large export has many more cells than snapshots; the
        // cells come in day order, so a period's sums are looked up once a day.
        Map<Period, Map<String, Sums>> groups = new HashMap<>();
        DayPeriods day = new DayPeriods();
        List<Map<String, Sums>> ofDay = new ArrayList<>(List.of(Map.of(), Map.of()));
        List<Sums> allOfDay = new ArrayList<>(List.of(new Sums(), new Sums()));
        for (Map.Entry<Cell, Counts> e : feedback.counts().entrySet()) {
            Cell cell = e.getKey();
            if (!cell.allAnswers()) {
                continue;
            }
            if (day.at(cell.day())) {
                for (int k = 0; k < 2; k++) {
                    ofDay.set(k, groups.computeIfAbsent(k == 0 ? day.month() : day.week(), p -> new HashMap<>()));
                    allOfDay.set(k, ofDay.get(k).computeIfAbsent("", s -> new Sums()));
                }
            }
            for (int k = 0; k < 2; k++) {
                allOfDay.get(k).add(cell, e.getValue());
                if (!cell.segment().isEmpty()) {
                    ofDay.get(k).computeIfAbsent(cell.segment(), s -> new Sums()).add(cell, e.getValue());
                }
            }
        }
        Map<SnapshotKey, Sums> keyed = new TreeMap<>();
        groups.forEach((period, bySegment) -> bySegment.forEach((segment, sums) ->
                keyed.put(new SnapshotKey(period, segment), sums)));
        return keyed.entrySet().stream().map(e -> snapshot(e.getKey(), e.getValue())).toList();
    }

    private static Snapshot snapshot(SnapshotKey key, Sums sums) {
        Map<String, Nps> byChannel = new TreeMap<>();
        sums.byChannel.forEach((channel, counts) -> byChannel.put(channel, Nps.from(counts.counts())));
        Period period = key.period();
        Counts total = sums.total.counts();
        return new Snapshot(period, key.segmentIfAny(), SOURCE, Optional.of(Nps.from(total)), byChannel,
                total.csat(), total.ces(), Map.of(), Map.of(), OptionalDouble.empty(), OptionalDouble.empty(),
                Map.of(), Optional.empty(), Map.of(), false, period.kind() == Period.Kind.MONTH ? 1 : 0,
                samples(total));
    }

    /** The answers behind CSAT and CES, and the CES answers' spread. */
    private static Map<String, Sample> samples(Counts counts) {
        Map<String, Sample> samples = new TreeMap<>();
        if (counts.csatAnswers() > 0) {
            samples.put(Kpi.CSAT.key(), Sample.ofShare(counts.csatAnswers()));
        }
        if (counts.cesAnswers() > 0) {
            samples.put(Kpi.CES.key(), new Sample(counts.cesAnswers(), counts.cesSpread()));
        }
        return Map.copyOf(samples);
    }

    /** The YAML file's samples, and the exports' for CSAT and CES when the file gives no value of its own. */
    private static Map<String, Sample> samples(Snapshot yaml, Snapshot exports) {
        Map<String, Sample> samples = new TreeMap<>(yaml.samples());
        if (yaml.csat().isEmpty()) {
            exports.sample(Kpi.CSAT.key()).ifPresent(s -> samples.put(Kpi.CSAT.key(), s));
        }
        if (yaml.ces().isEmpty()) {
            exports.sample(Kpi.CES.key()).ifPresent(s -> samples.put(Kpi.CES.key(), s));
        }
        return Map.copyOf(samples);
    }

    /** The YAML snapshot with what only the exports give filled in; disagreements are warnings. */
    static Snapshot merge(Snapshot yaml, Snapshot exports, Problems problems) {
        Optional<Nps> nps = yaml.nps();
        if (nps.isPresent() && !same(nps.get(), exports.nps().orElseThrow())) {
            problems.warning(yaml.source(), 1, 1, "NPS for " + key(yaml) + " is " + counts(nps.get()) + " here but "
                    + counts(exports.nps().get()) + " in " + SOURCE + "; this file wins. Remove 'nps:' here to use"
                    + " the exports");
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
                yaml.clv(), yaml.targets(), false, yaml.months(), samples(yaml, exports), yaml.custom(), yaml.benchmarks());
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
