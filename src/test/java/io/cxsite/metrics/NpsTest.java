package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.Statistics;
import io.cxsite.feedback.Counts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NPS from counts and from scores, its margin of error, and sums of periods, against hand-worked values. */
class NpsTest {
    @Test
    void scoreIsPromotersLessDetractorsOverEveryAnswer() {
        Nps nps = Nps.ofCounts(50, 30, 20);
        assertEquals(30.0, nps.score(), 1e-9, "(50 - 20) / 100: passives are in the base");
        assertEquals(100, nps.responses());
        assertTrue(nps.counted());
        assertEquals(nps, Nps.from(new Counts(50, 30, 20, 7, 3, 0, 0, 0)), "from export counts: the groups alone");
    }

    @Test
    void noAnswersScoreZeroWithoutAMargin() {
        Nps none = Nps.ofCounts(0, 0, 0);
        assertEquals(0.0, none.score());
        assertTrue(Double.isNaN(none.marginOfError()));
    }

    @Test
    void marginIsZeroWhenEveryoneAgreesAndWidestWhenSplit() {
        assertEquals(0.0, Nps.ofCounts(10, 0, 0).marginOfError(), 1e-9, "all promoters: no uncertainty");
        // 100 answers, half promoters and half detractors: 1.96 * 100 * sqrt((0.5 + 0.5 - 0) / 100) = 19.6
        assertEquals(19.6, Nps.ofCounts(50, 0, 50).marginOfError(), 1e-9);
    }

    @Test
    void periodsSumTheirCountsNotTheirScores() {
        // +80 of 10 answers and -80 of 100: (19 - 91) / 110 = -65.45, where the mean of the scores is 0
        Nps sum = Nps.sum(List.of(Nps.ofCounts(9, 0, 1), Nps.ofCounts(10, 0, 90)));
        assertEquals(-65.4545, sum.score(), 1e-4);
        assertEquals(110, sum.responses());
        assertTrue(sum.counted());
    }

    @Test
    void aPeriodWithOnlyAScoreMakesTheSumAResponseWeightedScore() {
        // 40 of 300 and 30 of 100: (12,000 + 3,000) / 400 = 37.5
        Nps sum = Nps.sum(List.of(Nps.ofScore(40, 300), Nps.ofCounts(50, 30, 20)));
        assertEquals(37.5, sum.score(), 1e-9);
        assertEquals(400, sum.responses());
        assertFalse(sum.counted(), "counts cannot be made up from a score");
        assertTrue(Double.isNaN(sum.marginOfError()));
    }

    @Test
    void countsPastTheLongRangeFailInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> Nps.ofCounts(Long.MAX_VALUE, 1, 0));
        assertThrows(ArithmeticException.class, () -> Nps.sum(List.of(Nps.ofCounts(Long.MAX_VALUE, 0, 0),
                Nps.ofCounts(1, 0, 0))));
    }

    @Test
    void aChangeIsNoiseWhenAMarginIsUnknown() {
        Statistics at95 = new Statistics(95);
        assertEquals(Verdict.UNKNOWN, Significance.nps(Nps.ofScore(-50, 1000), Nps.ofCounts(900, 50, 50), at95).verdict(),
                "no margin for a score alone, so even 135 points are not called a change");
        assertEquals(Verdict.LIKELY_REAL,
                Significance.nps(Nps.ofCounts(50, 50, 900), Nps.ofCounts(900, 50, 50), at95).verdict());
    }
}
