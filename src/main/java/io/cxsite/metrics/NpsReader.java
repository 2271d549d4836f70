package io.cxsite.metrics;

import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Reads a snapshot's NPS, in total and by channel, and checks that the channels add up to the total. */
final class NpsReader {
    private static final List<String> NPS_KEYS = List.of("promoters", "passives", "detractors", "score", "responses",
            "byChannel");
    private static final List<String> COUNT_KEYS = List.of("promoters", "passives", "detractors");

    private final SnapshotValues values;
    private Optional<Nps> total = Optional.empty();
    private final Map<String, Nps> byChannel = new TreeMap<>();

    private NpsReader(SnapshotValues values) {
        this.values = values;
    }

    /** Reads the 'nps' entry, which may be absent. */
    static NpsReader read(Entry npsEntry, SnapshotValues values) {
        NpsReader reader = new NpsReader(values);
        if (npsEntry != null && values.mapping(npsEntry)) {
            reader.readTotalAndChannels(npsEntry);
        }
        return reader;
    }

    Optional<Nps> total() {
        return total;
    }

    Map<String, Nps> byChannel() {
        return byChannel;
    }

    private void readTotalAndChannels(Entry npsEntry) {
        total = nps(npsEntry.value(), true);
        Entry channels = npsEntry.value().entries().get("byChannel");
        if (channels != null && values.mapping(channels)) {
            for (Entry channel : channels.value().entries().values()) {
                if (values.name(channel) && values.mapping(channel)) {
                    nps(channel.value(), false).ifPresent(n -> byChannel.put(channel.key(), n));
                }
            }
            total.filter(Nps::counted).ifPresent(t -> checkChannelsAddUp(channels, t, byChannel));
        }
    }

    private Optional<Nps> nps(YamlNode node, boolean allowTotals) {
        values.unknownKeys(node, allowTotals ? NPS_KEYS : COUNT_KEYS, allowTotals ? "nps" : "channel");
        Map<String, Entry> e = node.entries();
        boolean hasCounts = e.containsKey("promoters") || e.containsKey("passives") || e.containsKey("detractors");
        boolean hasScore = e.containsKey("score") || e.containsKey("responses");
        if (hasCounts && hasScore) {
            values.error(node, "give NPS either as promoters, passives and detractors or as score and responses, not both");
            return Optional.empty();
        }
        if (hasScore) {
            OptionalDouble score = values.scale(e.get("score"), -100, 100, "an NPS from -100 to 100");
            Optional<Long> responses = values.count(e.get("responses"));
            if (e.get("score") == null || e.get("responses") == null) {
                values.error(node, "an NPS given as a score also needs 'responses:', the number of answers behind it");
                return Optional.empty();
            }
            if (score.isEmpty() || responses.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Nps.ofScore(score.getAsDouble(), responses.get()));
        }
        Optional<Long> promoters = values.count(e.get("promoters"));
        Optional<Long> passives = values.count(e.get("passives"));
        Optional<Long> detractors = values.count(e.get("detractors"));
        for (String key : COUNT_KEYS) {
            if (!e.containsKey(key)) {
                values.error(node, "NPS needs 'promoters', 'passives' and 'detractors' (counts of answers 9-10, 7-8 and"
                        + " 0-6); '" + key + "' is missing");
                return Optional.empty();
            }
        }
        if (promoters.isEmpty() || passives.isEmpty() || detractors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Nps.ofCounts(promoters.get(), passives.get(), detractors.get()));
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
            values.error(byChannel.value(), "NPS by channel adds up to more than a count can hold, but the totals are "
                    + totals[0] + "/" + totals[1] + "/" + totals[2] + " promoters/passives/detractors; every answer"
                    + " belongs to exactly one channel");
            return;
        }
        if (!Arrays.equals(sums, totals)) {
            values.error(byChannel.value(), "NPS by channel adds up to " + sums[0] + "/" + sums[1] + "/" + sums[2]
                    + " promoters/passives/detractors but the totals are " + totals[0] + "/" + totals[1] + "/"
                    + totals[2] + "; every answer belongs to exactly one channel");
        }
    }
}
