package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cxsite.feedback.Counts;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sums in place give what {@link Counts#plus} gives, CES sums to the last bit, and refuse to overflow alike. */
class CountSumTest {
    @Test
    void sumsAsCountsPlusDoes() {
        Random random = new Random(7);
        Counts plus = Counts.ZERO;
        CountSum sum = new CountSum();
        for (int i = 0; i < 10_000; i++) {
            OptionalDouble csat = random.nextBoolean() ? OptionalDouble.of(1 + random.nextInt(5)) : OptionalDouble.empty();
            OptionalDouble ces = random.nextBoolean() ? OptionalDouble.of(1 + random.nextInt(7) / 3.0)
                    : OptionalDouble.empty();
            Counts one = Counts.of(random.nextInt(11), csat, ces);
            plus = plus.plus(one);
            sum.add(one);
        }
        assertEquals(plus, sum.counts());
        assertEquals(Counts.of(9, 3), CountSum.of(Counts.of(10, 3)).counts());
    }

    @Test
    void refusesACountPastALong() {
        CountSum sum = CountSum.of(Counts.of(10, Long.MAX_VALUE));
        assertThrows(ArithmeticException.class, () -> sum.add(Counts.of(9, 1)));
    }
}
