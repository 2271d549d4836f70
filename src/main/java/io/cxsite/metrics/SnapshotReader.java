package io.cxsite.metrics;

import io.cxsite.config.Durations;
import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.diagnostics.Problems;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads one metric snapshot file and checks it: every mistake is a problem at its line and column,
 * and a value that is wrong is left out rather than guessed.
 */
final class SnapshotReader {
    static final List<String> KEYS = List.of("period", "segment", "nps", "csat", "ces", "firstResponseTime",
            "resolutionTime", "retentionRate", "churnRate", "contacts", "clv", "targets");
    private static final List<String> NPS_KEYS = List.of("promoters", "passives", "detractors", "score", "responses",
            "byChannel");
    private static final List<String> COUNT_KEYS = List.of("promoters", "passives", "detractors");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
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

    private SnapshotReader(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads {@code root}, the parsed file {@code path} whose name gave {@code filePeriod} and
     * {@code fileSegment}. Empty when the file cannot be used at all.
     */
    static Optional<Snapshot> read(String path, YamlNode root, Period filePeriod, Optional<String> fileSegment,
            Problems problems) {
        return new SnapshotReader(path, problems).read(root, filePeriod, fileSegment);
    }

    private Optional<Snapshot> read(YamlNode root, Period filePeriod, Optional<String> fileSegment) {
        if (!root.isMapping()) {
            error(root, "a snapshot is a mapping of 'key: value' lines, found " + root.describe());
            return Optional.empty();
        }
        Map<String, Entry> e = root.entries();
        unknownKeys(root, KEYS, "snapshot");
        checkPeriod(e.get("period"), filePeriod);
        checkSegment(e.get("segment"), fileSegment);

        Optional<Nps> nps = Optional.empty();
        Map<String, Nps> npsByChannel = new TreeMap<>();
        Entry npsEntry = e.get("nps");
        if (npsEntry != null && mapping(npsEntry)) {
            nps = nps(npsEntry.value(), true);
            Entry byChannel = npsEntry.value().entries().get("byChannel");
            if (byChannel != null && mapping(byChannel)) {
                for (Entry channel : byChannel.value().entries().values()) {
                    if (name(channel) && mapping(channel)) {
                        nps(channel.value(), false).ifPresent(n -> npsByChannel.put(channel.key(), n));
                    }
                }
                nps.filter(Nps::counted).ifPresent(total -> checkChannelsAddUp(byChannel, total, npsByChannel));
            }
        }

        OptionalDouble retention = rate(e.get("retentionRate"));
        OptionalDouble churn = rate(e.get("churnRate"));
        if (retention.isPresent() && churn.isPresent()
                && Math.abs(retention.getAsDouble() + churn.getAsDouble() - 1) > RATE_SUM_TOLERANCE) {
            error(e.get("churnRate").value(), "retentionRate " + retention.getAsDouble() + " and churnRate "
                    + churn.getAsDouble() + " must add up to 1; give one of them, or fix the other");
        }

        return Optional.of(new Snapshot(filePeriod, fileSegment, path, nps, npsByChannel,
                rate(e.get("csat")), scale(e.get("ces"), 1, 7, "a mean on the 1-7 scale"),
                durations(e.get("firstResponseTime")), durations(e.get("resolutionTime")), retention, churn,
                counts(e.get("contacts")), money(e.get("clv")), targets(e.get("targets")), false,
                monthsOf(filePeriod)));
    }

    /** The 'period' written in the file must be the one its name gives. */
    private void checkPeriod(Entry periodEntry, Period filePeriod) {
        if (periodEntry == null) {
            problems.error(path, 1, 1, "missing 'period: " + filePeriod.key() + "'; every snapshot names its period");
        } else {
            Optional<Period> written = Period.parse(periodEntry.value().text());
            if (written.isEmpty() || periodEntry.value().kind() == YamlNode.Kind.MAPPING) {
                error(periodEntry.value(), "'period' must be a month (2026-10), quarter (2026-Q3), ISO week (2026-W41)"
                        + " or year (2026), found " + periodEntry.value().describe());
            } else if (!written.get().equals(filePeriod)) {
                error(periodEntry.value(), "'period' is " + written.get().key() + " but the file name says "
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
                error(s.value(), "the file name asks for " + expected + ", found " + s.value().describe()
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

    private Optional<Nps> nps(YamlNode node, boolean allowTotals) {
        unknownKeys(node, allowTotals ? NPS_KEYS : COUNT_KEYS, allowTotals ? "nps" : "channel");
        Map<String, Entry> e = node.entries();
        boolean hasCounts = COUNT_KEYS.stream().anyMatch(e::containsKey);
        boolean hasScore = e.containsKey("score") || e.containsKey("responses");
        if (hasCounts && hasScore) {
            error(node, "give NPS either as promoters, passives and detractors or as score and responses, not both");
            return Optional.empty();
        }
        if (hasScore) {
            OptionalDouble score = scale(e.get("score"), -100, 100, "an NPS from -100 to 100");
            Optional<Long> responses = count(e.get("responses"));
            if (e.get("score") == null || e.get("responses") == null) {
                error(node, "an NPS given as a score also needs 'responses:', the number of answers behind it");
                return Optional.empty();
            }
            if (score.isEmpty() || responses.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Nps.ofScore(score.getAsDouble(), responses.get()));
        }
        List<Optional<Long>> counts = COUNT_KEYS.stream().map(k -> count(e.get(k))).toList();
        for (String key : COUNT_KEYS) {
            if (!e.containsKey(key)) {
                error(node, "NPS needs 'promoters', 'passives' and 'detractors' (counts of answers 9-10, 7-8 and"
                        + " 0-6); '" + key + "' is missing");
                return Optional.empty();
            }
        }
        if (counts.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(Nps.ofCounts(counts.get(0).get(), counts.get(1).get(), counts.get(2).get()));
    }

    private void checkChannelsAddUp(Entry byChannel, Nps total, Map<String, Nps> channels) {
        if (channels.size() != byChannel.value().entries().size() || channels.values().stream().anyMatch(n -> !n.counted())) {
            return;
        }
        long[] totals = {total.promoters(), total.passives(), total.detractors()};
        long[] sums = new long[3];
        try {
            for (Nps n : channels.values()) {
                sums[0] = Math.addExact(sums[0], n.promoters());
                sums[1] = Math.addExact(sums[1], n.passives());
                sums[2] = Math.addExact(sums[2], n.detractors());
            }
        } catch (ArithmeticException e) {
            error(byChannel.value(), "NPS by channel adds up to more than a count can hold, but the totals are "
                    + totals[0] + "/" + totals[1] + "/" + totals[2] + " promoters/passives/detractors; every answer"
                    + " belongs to exactly one channel");
            return;
        }
        if (!Arrays.equals(sums, totals)) {
            error(byChannel.value(), "NPS by channel adds up to " + sums[0] + "/" + sums[1] + "/" + sums[2]
                    + " promoters/passives/detractors but the totals are " + totals[0] + "/" + totals[1] + "/"
                    + totals[2] + "; every answer belongs to exactly one channel");
        }
    }

    private OptionalDouble rate(Entry entry) {
        return scale(entry, 0, 1, "a share from 0 to 1 (0.84 for 84 %)");
    }

    private OptionalDouble scale(Entry entry, double min, double max, String expected) {
        if (entry == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = number(entry.value(), expected);
        if (value.isPresent() && (value.getAsDouble() < min || value.getAsDouble() > max)) {
            error(entry.value(), "'" + entry.key() + "' must be " + expected + ", found " + entry.value().describe());
            return OptionalDouble.empty();
        }
        return value;
    }

    private OptionalDouble number(YamlNode node, String expected) {
        if (node.kind() != YamlNode.Kind.NUMBER) {
            String hint = node.text().endsWith("%") ? "; write 84 % as 0.84" : "";
            error(node, "expected " + expected + ", found " + node.describe() + hint);
            return OptionalDouble.empty();
        }
        double value;
        try {
            value = Double.parseDouble(node.text());
        } catch (NumberFormatException e) {
            value = Double.NaN; // YAML's .nan and .inf, and forms Java does not read
        }
        if (!Double.isFinite(value)) {
            error(node, "expected " + expected + ", found " + node.describe() + ", which is not a finite number;"
                    + " write the figure itself");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }

    private Optional<Long> count(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        YamlNode node = entry.value();
        if (node.kind() != YamlNode.Kind.NUMBER || !node.text().matches("-?\\d+")) {
            error(node, "'" + entry.key() + "' must be a whole number of answers or contacts, found " + node.describe());
            return Optional.empty();
        }
        BigInteger value = new BigInteger(node.text());
        if (value.signum() < 0) {
            error(node, "'" + entry.key() + "' cannot be negative, found " + value);
            return Optional.empty();
        }
        if (value.compareTo(BigInteger.valueOf(MAX_COUNT)) > 0) {
            error(node, "'" + entry.key() + "' is " + value + ", more than the " + String.format(Locale.ROOT, "%,d",
                    MAX_COUNT) + " cxsite counts at most; check the figure (an ID or a sum in the wrong column?)");
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }

    private Map<String, Double> durations(Entry entry) {
        Map<String, Double> result = new TreeMap<>();
        if (entry == null || !mapping(entry)) {
            return result;
        }
        for (Entry channel : entry.value().entries().values()) {
            if (name(channel)) {
                duration(channel).ifPresent(seconds -> result.put(channel.key(), seconds));
            }
        }
        return result;
    }

    private OptionalDouble duration(Entry entry) {
        YamlNode node = entry.value();
        OptionalDouble seconds = node.kind() == YamlNode.Kind.STRING ? Durations.parse(node.text()) : OptionalDouble.empty();
        if (seconds.isEmpty()) {
            error(node, "'" + entry.key() + "' must be a duration such as 45s, 4m, 3.5h or 2d, found " + node.describe());
        }
        return seconds;
    }

    private Map<String, Long> counts(Entry entry) {
        Map<String, Long> result = new TreeMap<>();
        if (entry == null || !mapping(entry)) {
            return result;
        }
        long total = 0;
        for (Entry channel : entry.value().entries().values()) {
            if (name(channel)) {
                Optional<Long> n = count(channel);
                if (n.isPresent()) {
                    result.put(channel.key(), n.get());
                    total += n.get(); // each is at most MAX_COUNT, so the sum of a few cannot wrap before the check
                    if (total > MAX_COUNT) {
                        error(channel.value(), "'" + entry.key() + "' adds up to more than the " + String.format(
                                Locale.ROOT, "%,d", MAX_COUNT) + " cxsite counts at most here; check the figures");
                        return new TreeMap<>();
                    }
                }
            }
        }
        return result;
    }

    private Optional<Snapshot.Money> money(Entry entry) {
        if (entry == null || !mapping(entry)) {
            return Optional.empty();
        }
        unknownKeys(entry.value(), List.of("amount", "currency"), "clv");
        Entry amount = entry.value().entries().get("amount");
        Entry currency = entry.value().entries().get("currency");
        if (amount == null || currency == null) {
            error(entry.value(), "'clv' needs 'amount:' and 'currency:' (such as SEK, NOK or EUR)");
            return Optional.empty();
        }
        OptionalDouble value = scale(amount, 0, Double.MAX_VALUE, "an amount of money, 0 or more");
        if (!CURRENCY.matcher(currency.value().text()).matches()) {
            error(currency.value(), "'currency' must be a three-letter ISO code such as SEK, found "
                    + currency.value().describe());
            return Optional.empty();
        }
        return value.isPresent() ? Optional.of(new Snapshot.Money(value.getAsDouble(), currency.value().text()))
                : Optional.empty();
    }

    private Map<String, Double> targets(Entry entry) {
        Map<String, Double> targets = new TreeMap<>();
        if (entry == null || !mapping(entry)) {
            return targets;
        }
        unknownKeys(entry.value(), Arrays.stream(Kpi.values()).map(Kpi::key).toList(), "target");
        for (Entry target : entry.value().entries().values()) {
            Optional<Kpi> kpi = Kpi.byKey(target.key());
            if (kpi.isEmpty()) {
                continue;
            }
            switch (kpi.get()) {
                case FIRST_RESPONSE_TIME, RESOLUTION_TIME -> durations(target)
                        .forEach((channel, seconds) -> targets.put(target.key() + "." + channel, seconds));
                case CONTACTS -> counts(target).forEach((channel, n) -> targets.put(target.key() + "." + channel, (double) n));
                case NPS -> scale(target, -100, 100, "an NPS from -100 to 100").ifPresent(v -> targets.put(target.key(), v));
                case CES -> scale(target, 1, 7, "a mean on the 1-7 scale").ifPresent(v -> targets.put(target.key(), v));
                case CLV -> scale(target, 0, Double.MAX_VALUE, "an amount, 0 or more").ifPresent(v -> targets.put(target.key(), v));
                default -> rate(target).ifPresent(v -> targets.put(target.key(), v));
            }
        }
        return targets;
    }

    private boolean mapping(Entry entry) {
        if (entry.value().isMapping()) {
            return true;
        }
        error(entry.value(), "'" + entry.key() + "' must be a mapping of 'key: value' lines, found " + entry.value().describe());
        return false;
    }

    private boolean name(Entry entry) {
        if (NAME.matcher(entry.key()).matches()) {
            return true;
        }
        problems.error(path, entry.line(), entry.column(), "channel '" + entry.key()
                + "' must be lower-case letters, digits and hyphens, such as phone or chat");
        return false;
    }

    private void unknownKeys(YamlNode node, List<String> known, String what) {
        for (Entry entry : node.entries().values()) {
            if (!known.contains(entry.key())) {
                String hint = YamlMapping.hint(entry.key(), known);
                problems.error(path, entry.line(), entry.column(), "unknown " + what + " key '" + entry.key() + "'" + hint
                        + "; known keys: " + String.join(", ", known));
            }
        }
    }

    private void error(YamlNode node, String message) {
        problems.error(path, node.line(), node.column(), message);
    }
}
