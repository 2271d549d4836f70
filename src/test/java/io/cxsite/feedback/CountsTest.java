package io.cxsite.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Counts of one answer, of an aggregated row, and their checked sums. */
class CountsTest {
    @Test
    void aScoreFallsInItsNpsGroupAtTheBoundaries() {
        assertEquals(NpsGroup.DETRACTOR, NpsGroup.of(0));
        assertEquals(NpsGroup.DETRACTOR, NpsGroup.of(6));
        assertEquals(NpsGroup.PASSIVE, NpsGroup.of(7));
        assertEquals(NpsGroup.PASSIVE, NpsGroup.of(8));
        assertEquals(NpsGroup.PROMOTER, NpsGroup.of(9));
        assertEquals(NpsGroup.PROMOTER, NpsGroup.of(10));
        assertThrows(IllegalArgumentException.class, () -> NpsGroup.of(11));
        assertThrows(IllegalArgumentException.class, () -> Counts.of(-1, 1));
        assertEquals(new Counts(0, 40, 0, 0, 0, 0, 0, 0), Counts.of(8, 40), "an aggregated row: 40 answers of 8");
    }

    @Test
    void oneAnswerCountsItsCsatAsSatisfiedFromFourAndItsEffortForTheMean() {
        Counts four = Counts.of(9, OptionalDouble.of(4), OptionalDouble.of(2));
        Counts nearlyFour = Counts.of(3, OptionalDouble.of(3.9), OptionalDouble.of(5));
        Counts none = Counts.of(7, OptionalDouble.empty(), OptionalDouble.empty());
        Counts sum = four.plus(nearlyFour).plus(none);
        assertEquals(new Counts(1, 1, 1, 2, 1, 2, 7, 29), sum);
        assertEquals(OptionalDouble.of(0.5), sum.csat());
        assertEquals(OptionalDouble.of(3.5), sum.ces());
        assertEquals(OptionalDouble.empty(), none.csat(), "no CSAT answer, no CSAT");
    }

    @Test
    void npsHasPassivesInItsBase() {
        Counts counts = new Counts(50, 30, 20, 0, 0, 0, 0, 0);
        assertEquals(100, counts.responses());
        assertEquals(30.0, counts.nps(), 1e-9, "(50 - 20) / 100, not / 70");
        assertEquals(0.0, Counts.ZERO.nps(), "no answers: 0, not NaN");
    }

    @Test
    void sumsPastTheLongRangeFailInsteadOfWrapping() {
        Counts huge = Counts.of(10, Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> huge.plus(Counts.of(10, 1)));
        assertThrows(ArithmeticException.class, () -> huge.plus(Counts.of(0, 1)).responses());
        assertEquals(Long.MAX_VALUE, huge.plus(Counts.ZERO).promoters());
    }

    @Test
    void negativeCountsAndMoreSatisfiedThanAnsweredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Counts(1, 0, 0, 1, 2, 0, 0, 0));
    }
}
