package io.cxsite.metrics;

import io.cxsite.config.Benchmark;
import io.cxsite.config.BenchmarkRules;
import io.cxsite.config.CustomKpi;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads one metric snapshot file and checks it: every mistake is a problem at its line and column,
 * and a value that is wrong is left out rather than guessed.
 */
final class SnapshotReader {
    static final List<String> KEYS = List.of("period", "segment", "nps", "csat", "ces", "firstResponseTime",
            "resolutionTime", "retentionRate", "churnRate", "contacts", "clv", "targets", "benchmarks");
    /** What an unknown key is told, since it may be a KPI of the site's own that site.yaml does not declare. */
    static final String DECLARE = "; a KPI of your own needs declaring under 'kpis:' in site.yaml first";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /**
     * The largest count a snapshot may give, far above any real number of answers or contacts: a
     * bigger one is a mistake (an ID or a sum in the wrong column), and under this limit no roll-up
     * of a year's months can pass what a long holds.
     */
    static final long MAX_COUNT = 1_000_000_000_000_000L;
    /** How far retention plus churn may be from 1 (rounding of three-decimal rates). */
    private static final double RATE_SUM_TOLERANCE = 0.0015;

    private final String path;
    private final Problems problems;
    private final SnapshotValues values;
    private final ChannelFigures channels;
    private final MeasuredValues measured;
    private final Map<String, CustomKpi> custom;

    private SnapshotReader(String path, Map<String, CustomKpi> custom, Problems problems) {
        this.path = path;
        this.problems = problems;
        this.custom = custom;
        this.values = new SnapshotValues(path, problems);
        this.measured = new MeasuredValues(values);
        this.channels = new ChannelFigures(values, measured);
    }

    /**
     * Reads {@code root}, the parsed file {@code path} whose name gave {@code filePeriod} and
     * {@code fileSegment}. Empty when the file cannot be used at all.
     */
    static Optional<Snapshot> read(String path, YamlNode root, Period filePeriod, Optional<String> fileSegment,
            Problems problems) {
        return read(path, root, filePeriod, fileSegment, Map.of(), problems);
    }

    /** As above, for a site whose own KPIs {@code custom} snapshots may carry. */
    static Optional<Snapshot> read(String path, YamlNode root, Period filePeriod, Optional<String> fileSegment,
            Map<String, CustomKpi> custom, Problems problems) {
        return new SnapshotReader(path, custom, problems).read(root, filePeriod, fileSegment);
    }

    private Optional<Snapshot> read(YamlNode root, Period filePeriod, Optional<String> fileSegment) {
        if (!root.isMapping()) {
            values.error(root, "a snapshot is a mapping of 'key: value' lines, found " + root.describe());
            return Optional.empty();
        }
        Map<String, Entry> e = root.entries();
        List<String> known = new ArrayList<>(KEYS);
        known.addAll(custom.keySet());
        values.unknownKeys(root, known, "snapshot", DECLARE);
        checkPeriod(e.get("period"), filePeriod);
        checkSegment(e.get("segment"), fileSegment);
        NpsReader nps = NpsReader.read(e.get("nps"), values);

        OptionalDouble retention = values.rate(e.get("retentionRate"));
        OptionalDouble churn = values.rate(e.get("churnRate"));
        if (retention.isPresent() && churn.isPresent()
                && Math.abs(retention.getAsDouble() + churn.getAsDouble() - 1) > RATE_SUM_TOLERANCE) {
            values.error(e.get("churnRate").value(), "retentionRate " + retention.getAsDouble() + " and churnRate "
                    + churn.getAsDouble() + " must add up to 1; give one of them, or fix the other");
        }

        OptionalDouble csat = measured.share(e.get("csat"));
        OptionalDouble ces = measured.mean(e.get("ces"), 1, 7, "a mean on the 1-7 scale");
        Map<String, Double> firstResponse = channels.durations(e.get("firstResponseTime"));
        Map<String, Double> resolution = channels.durations(e.get("resolutionTime"));
        Map<String, Double> own = new LinkedHashMap<>();
        for (CustomKpi k : custom.values()) {
            if (e.containsKey(k.key())) {
                measured.custom(e.get(k.key()), k).ifPresent(v -> own.put(k.key(), v));
            }
        }
        Map<String, Benchmark> benchmarks = e.containsKey("benchmarks")
                ? BenchmarkRules.of(path, e.get("benchmarks"), custom, problems) : Map.of();
        return Optional.of(new Snapshot(filePeriod, fileSegment, path, nps.total(), nps.byChannel(), csat, ces,
                firstResponse, resolution, retention, churn, channels.counts(e.get("contacts")), money(e.get("clv")),
                new TargetsReader(values, custom).targets(e.get("targets")), false, monthsOf(filePeriod),
                measured.samples(), Map.copyOf(own), benchmarks));
    }

    /** The 'period' written in the file must be the one its name gives. */
    private void checkPeriod(Entry periodEntry, Period filePeriod) {
        if (periodEntry == null) {
            problems.error(path, 1, 1, "missing 'period: " + filePeriod.key() + "'; every snapshot names its period");
        } else {
            Optional<Period> written = Period.parse(periodEntry.value().text());
            if (written.isEmpty() || periodEntry.value().kind() == YamlNode.Kind.MAPPING) {
                values.error(periodEntry.value(), "'period' must be a month (2026-10), quarter (2026-Q3), ISO week (2026-W41)"
                        + " or year (2026), found " + periodEntry.value().describe());
            } else if (!written.get().equals(filePeriod)) {
                values.error(periodEntry.value(), "'period' is " + written.get().key() + " but the file name says "
                        + filePeriod.key() + "; rename the file or fix the period");
            }
        }
    }

    /** The 'segment' written in the file must be the one its name gives, or absent when it gives none. */
    private void checkSegment(Entry s, Optional<String> fileSegment) {
        Optional<String> segment = Optional.ofNullable(s).map(x -> x.value().text());
        if (!segment.equals(fileSegment)) {
            String expected = fileSegment.map(f -> "'segment: " + f + "'").orElse("no segment");
            if (s == null) {
                problems.error(path, 1, 1, "the file name names segment '" + fileSegment.orElseThrow()
                        + "'; add 'segment: " + fileSegment.get() + "'");
            } else {
                values.error(s.value(), "the file name asks for " + expected + ", found " + s.value().describe()
                        + "; name the file <period>.<segment>.yaml");
            }
        }
    }

    private static int monthsOf(Period period) {
        return switch (period.kind()) {
            case MONTH -> 1;
            case WEEK -> 0;
            default -> period.months().size();
        };
    }

    private Optional<Snapshot.Money> money(Entry entry) {
        if (entry == null || !values.mapping(entry)) {
            return Optional.empty();
        }
        values.unknownKeys(entry.value(), List.of("amount", "currency"), "clv");
        Entry amount = entry.value().entries().get("amount");
        Entry currency = entry.value().entries().get("currency");
        if (amount == null || currency == null) {
            values.error(entry.value(), "'clv' needs 'amount:' and 'currency:' (such as SEK, NOK or EUR)");
            return Optional.empty();
        }
        OptionalDouble value = values.scale(amount, 0, Double.MAX_VALUE, "an amount of money, 0 or more");
        if (!CURRENCY.matcher(currency.value().text()).matches()) {
            values.error(currency.value(), "'currency' must be a three-letter ISO code such as SEK, found "
                    + currency.value().describe());
            return Optional.empty();
        }
        return value.isPresent() ? Optional.of(new Snapshot.Money(value.getAsDouble(), currency.value().text()))
                : Optional.empty();
    }
}
