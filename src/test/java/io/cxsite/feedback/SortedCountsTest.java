package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The counts by id come out in {@link Cell} order (day, then channel, segment and language as
 * Strings, then topic id, all answers first), whatever order the codes got their ids in, and read
 * like any sorted map: looked up, compared, never changed.
 */
class SortedCountsTest {
    private static final String[] TOPICS = {"wait", "billing", "app"}; // not in id order

    @Test
    void cellsComeInCellOrderAndReadLikeASortedMap() {
        Random random = new Random(3);
        // Codes get ids in the order first seen, which is not their String order.
        List<String> codes = List.of("web", "", "phone", "business", "Chat", "household", "sv", "en", "é");
        IdTallies table = new IdTallies();
        SortedMap<Cell, Counts> expected = new TreeMap<>();
        Map<Cell, Tally> byCell = new TreeMap<>();
        for (int row = 0; row < 3000; row++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400));
            String channel = codes.get(random.nextInt(codes.size()));
            String segment = codes.get(random.nextInt(codes.size()));
            String language = codes.get(random.nextInt(codes.size()));
            NpsGroup group = NpsGroup.values()[random.nextInt(3)];
            Tally tally = table.tally(day.toEpochDay(), table.id(channel), table.id(segment), table.id(language));
            tally.add(group);
            int topic = random.nextInt(TOPICS.length + 1);
            if (topic < TOPICS.length) {
                tally.about(topic, TOPICS.length).add(group);
            }
            Cell cell = Cell.of(day, channel, segment, language);
            byCell.computeIfAbsent(cell, c -> new Tally()).add(group);
            if (topic < TOPICS.length) {
                byCell.get(cell).about(topic, TOPICS.length).add(group);
            }
        }
        byCell.forEach((cell, tally) -> {
            expected.put(cell, tally.freeze());
            for (int t = 0; t < TOPICS.length; t++) {
                if (tally.topic(t) != null) {
                    expected.put(cell.about(TOPICS[t]), tally.topic(t).freeze());
                }
            }
        });
        SortedCounts counts = SortedCounts.of(table, TOPICS);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(counts.keySet()), "in cell order");
        assertEquals(expected, counts);
        assertEquals(counts, expected);
        assertEquals(expected.hashCode(), counts.hashCode());
        expected.forEach((cell, c) -> assertEquals(c, counts.get(cell)));
        assertNull(counts.get(Cell.of(LocalDate.of(1999, 1, 1), "web", "", "")));
        assertEquals(expected.firstKey(), counts.firstKey());
        assertEquals(expected.lastKey(), counts.lastKey());
        Cell middle = new ArrayList<>(expected.keySet()).get(expected.size() / 2);
        assertEquals(expected.headMap(middle), counts.headMap(middle));
        assertEquals(expected.tailMap(middle), counts.tailMap(middle));
        assertThrows(UnsupportedOperationException.class, () -> counts.put(middle, Counts.ZERO));
        assertThrows(UnsupportedOperationException.class, counts::clear);
        FeedbackData data = new FeedbackData(Topics.NONE, counts, Map.of(), List.of(), List.of(), 0, 0, 0, Map.of());
        assertEquals(expected, data.counts(), "kept as it is by FeedbackData");
    }
}
