package io.cxsite.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing a rendered page's marks with its Markdown's: the most pairs, then the most compact run. */
class AlignmentTest {
    @Test
    void prefersTheRunOfTheBodyToTheSameAddressesInTheTheme() {
        // nav: a b; body: b c; footer: b
        assertArrayEquals(new int[] {-1, -1, 0, 1, -1},
                Alignment.align(List.of("a", "b", "b", "c", "b"), List.of("b", "c")));
    }

    @Test
    void letsAReportBlockAddMarksInsideTheBody() {
        assertArrayEquals(new int[] {-1, 0, -1, -1, 1, -1},
                Alignment.align(List.of("nav", "p", "chart", "chart", "r", "footer"), List.of("p", "r")));
    }

    @Test
    void skipsSourceMarksThatWereNotRendered() {
        assertArrayEquals(new int[] {-1, 1}, Alignment.align(List.of("a", "b"), List.of("z", "b")));
        assertArrayEquals(new int[] {-1, -1}, Alignment.align(List.of("a", "b"), List.of()));
        assertArrayEquals(new int[] {}, Alignment.align(List.of(), List.of("a")));
    }

    @Test
    void pairsInOrderWhenThePageIsTooLargeToAlign() {
        assertArrayEquals(new int[] {-1, 1, 2}, Alignment.greedy(List.of("a", "b", "c"), List.of("z", "b", "c")));
        assertArrayEquals(new int[] {0, -1, 1}, Alignment.greedy(List.of("b", "b", "c"), List.of("b", "c")));
    }
}
