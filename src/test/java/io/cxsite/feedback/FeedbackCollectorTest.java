package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One pass over responses: counts, topics, verbatims, critical comments and bad rows. */
class FeedbackCollectorTest {
    private static final Topics TOPICS = new Topics(List.of(
            new Topics.Topic("billing", Map.of("en", "Bills"), Map.of("en", List.of("bill*")), false),
            new Topics.Topic("fraud", Map.of("en", "Fraud"), Map.of("en", List.of("fraud*", "not me")), true)));

    private static long line = 1;

    private static Response answer(String date, int score, String comment) {
        return new Response("content/feedback/x.csv", ++line, LocalDate.parse(date), OptionalInt.of(score), comment,
                "phone", "household", "en", OptionalDouble.empty(), OptionalDouble.empty());
    }

    @Test
    void countsTopicsAndCommentsAreWhatTheRowsSay() {
        Problems problems = new Problems();
        FeedbackCollector collector = new FeedbackCollector(TOPICS, LocalDate.of(2027, 1, 1), problems);
        collector.accept(answer("2026-09-03", 10, "Fine bill, thanks"));
        collector.accept(answer("2026-09-03", 8, "ok"));
        collector.accept(answer("2026-09-03", 2, "The bill doubled. Call me on 070-123 45 67"));
        collector.accept(answer("2026-09-20", 0, "Fraud! Someone signed in my name"));
        collector.accept(answer("2026-10-01", 1, "fraudulent contract <script>alert(1)</script>"));
        collector.accept(answer("2026-10-02", 6, "This was not me, cancel it"));
        collector.unfinished("content/feedback/x.csv", 40);
        for (int i = 0; i < 5; i++) {
            collector.badRow("content/feedback/x.csv", 50 + i, "score 11 is not 0-10");
        }
        FeedbackData data = collector.finish();

        assertEquals(6, data.responses());
        assertEquals(1, data.unfinished());
        assertEquals(5, data.badRows());
        Cell sept3 = Cell.of(LocalDate.parse("2026-09-03"), "phone", "household", "en");
        assertEquals(new Counts(1, 1, 1, 0, 0, 0, 0, 0), data.counts().get(sept3));
        assertEquals(new Counts(1, 0, 1, 0, 0, 0, 0, 0), data.counts().get(sept3.about("billing")),
                "billing on 3 September: one promoter, one detractor");
        assertEquals(Counts.of(0, 1), data.counts().get(Cell.of(LocalDate.parse("2026-09-20"), "phone", "household",
                "en").about("fraud")));
        assertEquals(new Counts(0, 0, 1, 0, 0, 0, 0, 0), data.counts().get(Cell.of(LocalDate.parse("2026-10-02"), "phone",
                "household", "en").about("fraud")), "'not me' is about fraud");
        assertEquals(List.of("fraud"), data.critical().get(0).topics());

        // Only the newest month's critical comments, newest first, redacted on the way in.
        assertEquals(List.of(LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-01")),
                data.critical().stream().map(FeedbackData.Comment::date).toList());
        List<FeedbackData.Comment> billing = data.verbatims().get(new FeedbackData.VerbatimKey("billing", NpsGroup.DETRACTOR));
        assertEquals(1, billing.size());
        assertTrue(billing.get(0).text().contains(Redactor.MARK), billing.get(0).text());
        assertFalse(billing.get(0).text().contains("070"), "the phone number is gone");

        List<String> warnings = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(4, warnings.size(), warnings.toString());
        assertEquals("content/feedback/x.csv:1:1: warning: 2 more bad rows skipped (5 in all); the first 3 are listed"
                + " above", warnings.get(0));
        assertEquals("content/feedback/x.csv:50:1: warning: row skipped: score 11 is not 0-10; fix the row in the"
                + " export, or build with --strict to stop on bad rows", warnings.get(1));
    }

    @Test
    void verbatimsKeepTheNewestFewPerTopicAndGroup() {
        FeedbackCollector collector = new FeedbackCollector(TOPICS, LocalDate.of(2027, 1, 1), new Problems());
        for (int day = 1; day <= 9; day++) {
            collector.accept(answer("2026-10-0" + day, 10, "Clear bill number " + day));
        }
        List<FeedbackData.Comment> kept = collector.finish().verbatims().get(new FeedbackData.VerbatimKey("billing",
                NpsGroup.PROMOTER));
        assertEquals(List.of("Clear bill number 9", "Clear bill number 8", "Clear bill number 7", "Clear bill number 6",
                "Clear bill number 5"), kept.stream().map(FeedbackData.Comment::text).toList());
    }

    @Test
    void anAnswerAboutTwoTopicsCountsOnceInAllAnswersAndOnceInEachTopicWithItsCsatAndCes() {
        FeedbackCollector collector = new FeedbackCollector(TOPICS, LocalDate.of(2027, 1, 1), new Problems());
        collector.accept(new Response("content/feedback/x.csv", 2, LocalDate.parse("2026-10-05"), OptionalInt.of(4),
                "Fraud on my bill", "chat", "", "en", OptionalDouble.of(4), OptionalDouble.of(6)));
        collector.accept(new Response("content/feedback/x.csv", 3, LocalDate.parse("2026-10-05"), OptionalInt.of(9),
                "Nothing to add", "chat", "", "en", OptionalDouble.of(2), OptionalDouble.empty()));
        FeedbackData data = collector.finish();
        Cell day = Cell.of(LocalDate.parse("2026-10-05"), "chat", "", "en");
        assertEquals(new Counts(1, 0, 1, 2, 1, 1, 6, 36), data.counts().get(day));
        assertEquals(new Counts(0, 0, 1, 1, 1, 1, 6, 36), data.counts().get(day.about("billing")));
        assertEquals(new Counts(0, 0, 1, 1, 1, 1, 6, 36), data.counts().get(day.about("fraud")));
        assertEquals(List.of(day, day.about("billing"), day.about("fraud")), List.copyOf(data.counts().keySet()),
                "cells in order, topics after the cell of all answers");
    }
}
