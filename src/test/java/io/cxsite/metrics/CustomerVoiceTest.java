package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.feedback.Cell;
import io.cxsite.feedback.Counts;
import io.cxsite.feedback.FeedbackData;
import io.cxsite.feedback.NpsGroup;
import io.cxsite.feedback.Topics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Drivers, verbatims and critical comments as pages get them, from counts worked out by hand. */
class CustomerVoiceTest {
    private static final Topics TOPICS = new Topics(List.of(
            topic("app", "App", false), topic("billing", "Bills", false), topic("chat", "Chat", false),
            topic("outage", "Outages", true), topic("queue", "Queues", false)));
    private static final Cell SEPTEMBER = Cell.of(LocalDate.of(2026, 9, 10), "phone", "household", "en");
    private static final Cell OCTOBER = Cell.of(LocalDate.of(2026, 10, 2), "chat", "business", "sv");

    private static Topics.Topic topic(String id, String label, boolean critical) {
        return new Topics.Topic(id, Map.of("en", label, "sv", label + " (sv)"), Map.of("en", List.of(id)), critical);
    }

    private static Counts counts(long promoters, long passives, long detractors) {
        return new Counts(promoters, passives, detractors, 0, 0, 0, 0, 0);
    }

    /**
     * September: 100 answers, 50 promoters and 20 detractors. Bills: 5/5/10; chat: 0/10/10 (the same
     * impact and mentions as bills); the app: 0/2/10 (the same impact, fewer mentions); queues: 20/0/4;
     * outages: not mentioned. October: 15 answers, all detractors about outages.
     */
    private static CustomerVoice voice() {
        Map<Cell, Counts> cells = new TreeMap<>();
        cells.put(SEPTEMBER, counts(50, 30, 20));
        cells.put(SEPTEMBER.about("billing"), counts(5, 5, 10));
        cells.put(SEPTEMBER.about("chat"), counts(0, 10, 10));
        cells.put(SEPTEMBER.about("app"), counts(0, 2, 10));
        cells.put(SEPTEMBER.about("queue"), counts(20, 0, 4));
        cells.put(OCTOBER, counts(0, 0, 15));
        cells.put(OCTOBER.about("outage"), counts(0, 0, 15));
        FeedbackData.Comment slow = new FeedbackData.Comment(LocalDate.of(2026, 9, 10), 2, "phone", "en",
                "The bill came late and the app froze", List.of("billing", "app"), "content/feedback/a.csv", 7);
        FeedbackData.Comment down = new FeedbackData.Comment(LocalDate.of(2026, 10, 2), 0, "chat", "sv",
                "Strömmen var borta i två dagar", List.of("outage"), "content/feedback/a.csv", 9);
        return new CustomerVoice(new FeedbackData(TOPICS, new TreeMap<>(cells),
                Map.of(new FeedbackData.VerbatimKey("billing", NpsGroup.DETRACTOR), List.of(slow)), List.of(down),
                List.of("content/feedback/a.csv"), 115, 0, 0, Map.of()));
    }

    private static List<String> ids(List<Driver> drivers) {
        return drivers.stream().map(d -> d.topic().id()).toList();
    }

    @Test
    void aDriverSaysWhatTheDetractorsWhoMentionATopicCost() {
        Driver bills = voice().drivers(Period.month(2026, 9)).get(0);
        assertEquals("billing", bills.topic().id());
        assertEquals(20, bills.mentions());
        assertEquals(5, bills.promoters());
        assertEquals(10, bills.detractors());
        assertEquals(50.0, bills.detractorShare(), 1e-9, "10 of the month's 20 detractors");
        assertEquals(10.0, bills.promoterShare(), 1e-9, "5 of the month's 50 promoters");
        assertEquals(-25.0, bills.nps(), 1e-9, "(5 - 10) / 20");
        assertEquals(10.0, bills.impact(), 1e-9, "10 detractors among the month's 100 answers");
        assertEquals(100, bills.answers(), "the base of the impact, for its interval");
        assertEquals(20, bills.allDetractors(), "the detractors the topic's are compared with");
    }

    @Test
    void driversRankByImpactThenMentionsThenIdAndLeaveOutTopicsNobodyMentions() {
        assertEquals(List.of("billing", "chat", "app", "queue"), ids(voice().drivers(Period.month(2026, 9))));
    }

    @Test
    void aQuarterAddsItsMonthsAndAWeekHoldsNoWholeMonth() {
        assertEquals(List.of("billing", "chat", "app", "queue"), ids(voice().drivers(Period.parse("2026-Q3")
                .orElseThrow())));
        List<Driver> year = voice().drivers(Period.parse("2026").orElseThrow());
        assertEquals(List.of("outage", "billing", "chat", "app", "queue"), ids(year));
        assertEquals(15 * 100.0 / 115, year.get(0).impact(), 1e-9, "October's 15 detractors of the year's 115 answers");
        assertEquals(15 * 100.0 / 35, year.get(0).detractorShare(), 1e-9, "15 of the year's 35 detractors");
        assertEquals(10 * 100.0 / 115, year.get(1).impact(), 1e-9, "bills: 10 of 115, no longer 10 of 100");
        assertEquals(List.of(), voice().drivers(Period.parse("2026-W37").orElseThrow()));
        assertEquals(List.of(), voice().drivers(Period.month(2026, 8)), "a month without answers has no drivers");
    }

    @Test
    void theLatestMonthIsTheNewestThatMentionsATopic() {
        Map<Cell, Counts> cells = new TreeMap<>(Map.of(SEPTEMBER, counts(1, 0, 0), SEPTEMBER.about("app"),
                counts(1, 0, 0), OCTOBER, counts(0, 1, 0)));
        CustomerVoice voice = new CustomerVoice(new FeedbackData(TOPICS, new TreeMap<>(cells), Map.of(), List.of(),
                List.of(), 2, 0, 0, Map.of()));
        assertEquals(Optional.of(Period.month(2026, 9)), voice.latestMonth(), "October's answer mentions nothing");
        assertEquals(Optional.empty(), new CustomerVoice(FeedbackData.EMPTY).latestMonth());
        assertFalse(new CustomerVoice(FeedbackData.EMPTY).hasExports());
        assertTrue(voice.hasExports());
    }

    @Test
    void verbatimsAndCriticalCommentsNameTheirTopicsWithLabels() {
        CustomerVoice voice = voice();
        List<Verbatim> bills = voice.verbatims("billing", false);
        assertEquals(1, bills.size());
        assertEquals("The bill came late and the app froze", bills.get(0).text());
        assertEquals(List.of("Bills", "App"), bills.get(0).topics().stream().map(t -> t.label("en")).toList());
        assertEquals(List.of(), voice.verbatims("billing", true), "no promoter said anything about bills");
        assertEquals(List.of(), voice.verbatims("nonexistent", false));
        Verbatim down = voice.critical().get(0);
        assertEquals(List.of("Outages (sv)"), down.topics().stream().map(t -> t.label("sv")).toList());
        assertEquals(List.of("outage"), voice.topics().stream().filter(Topic::critical).map(Topic::id).toList());
    }

    @Test
    void aTopicLabelFallsBackToEnglishThenToItsId() {
        Topic both = new Topic("billing", Map.of("en", "Bills", "sv", "Fakturor"), false);
        assertEquals("Fakturor", both.label("sv"));
        assertEquals("Bills", both.label("nb"));
        assertEquals("billing", new Topic("billing", Map.of("sv", "Fakturor"), false).label("nb"));
    }
}
