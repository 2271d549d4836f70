package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Verbatims kept for all time and per month: a period page quotes its own months. */
class KeptCommentsTest {
    private static final Topics TOPICS = new Topics(List.of(new Topics.Topic("billing", Map.of("en", "Bills"),
            Map.of("en", List.of("bill*")), false)));
    private static final FeedbackData.VerbatimKey BILLS = new FeedbackData.VerbatimKey("billing", NpsGroup.DETRACTOR);

    private static Response answer(long line, LocalDate date, String comment) {
        return new Response("content/feedback/a.csv", line, date, OptionalInt.of(2), comment, "web", "", "en",
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static List<String> texts(List<FeedbackData.Comment> comments) {
        return comments.stream().map(FeedbackData.Comment::text).toList();
    }

    @Test
    void keepsTheNewestFewOfEachMonthBesideTheNewestOfAll() {
        KeptComments kept = new KeptComments(TOPICS, new String[] {"billing"});
        kept.keep(answer(2, LocalDate.of(2026, 9, 3), "September bill"), 2, NpsGroup.DETRACTOR, List.of(0));
        for (int day = 1; day <= 7; day++) {
            kept.keep(answer(10 + day, LocalDate.of(2026, 10, day), "October bill " + day), 2, NpsGroup.DETRACTOR,
                    List.of(0));
        }
        assertEquals(List.of("October bill 7", "October bill 6", "October bill 5", "October bill 4", "October bill 3"),
                texts(kept.verbatims().get(BILLS)), "the newest five of all crowd September out");
        assertEquals(List.of("September bill"), texts(kept.monthlyVerbatims().get(YearMonth.of(2026, 9)).get(BILLS)));
        assertEquals(List.of("October bill 7", "October bill 6", "October bill 5", "October bill 4", "October bill 3"),
                texts(kept.monthlyVerbatims().get(YearMonth.of(2026, 10)).get(BILLS)));
    }

    @Test
    void bothListsHoldTheSameRedactedComment() {
        KeptComments kept = new KeptComments(TOPICS, new String[] {"billing"});
        kept.keep(answer(2, LocalDate.of(2026, 10, 3), "Bill wrong, mail anna@example.com"), 2, NpsGroup.DETRACTOR,
                List.of(0));
        FeedbackData.Comment all = kept.verbatims().get(BILLS).get(0);
        assertEquals("Bill wrong, mail [redacted]", all.text());
        assertSame(all, kept.monthlyVerbatims().get(YearMonth.of(2026, 10)).get(BILLS).get(0), "redacted once");
    }

    @Test
    void partsOfAnExportMergeTheirMonths() {
        KeptComments first = new KeptComments(TOPICS, new String[] {"billing"});
        KeptComments second = new KeptComments(TOPICS, new String[] {"billing"});
        first.keep(answer(2, LocalDate.of(2026, 9, 3), "September bill"), 2, NpsGroup.DETRACTOR, List.of(0));
        second.keep(answer(9, LocalDate.of(2026, 9, 20), "Later September bill"), 2, NpsGroup.DETRACTOR, List.of(0));
        first.merge(second);
        assertEquals(List.of("Later September bill", "September bill"),
                texts(first.monthlyVerbatims().get(YearMonth.of(2026, 9)).get(BILLS)));
    }
}
