package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxsite.config.Statistics;
import org.junit.jupiter.api.Test;

/** Each test of a change against figures worked out by hand (the arithmetic is in the comments). */
class SignificanceTest {
    private static final Statistics AT_90 = new Statistics(90);
    private static final Statistics AT_95 = new Statistics(95);
    private static final Statistics AT_99 = new Statistics(99);

    @Test
    void csatIsComparedAsTwoProportionsWithThePooledShare() {
        // 80 % of 500 then 85 % of 500: pooled p = (400 + 425) / 1000 = 0.825;
        // se = sqrt(0.825 * 0.175 * (1/500 + 1/500)) = sqrt(0.0005775) = 0.024031;
        // z = (0.85 - 0.80) / 0.024031 = 2.0806: past 1.9600 (95 %), short of 2.5758 (99 %).
        Significance.Test test = Significance.proportions(0.80, 500, 0.85, 500, AT_95);
        assertEquals(2.0806, test.statistic(), 1e-4);
        assertEquals(Verdict.LIKELY_REAL, test.verdict());
        assertEquals(Verdict.WITHIN_NOISE, Significance.proportions(0.80, 500, 0.85, 500, AT_99).verdict());
        // A fall is the same size with the other sign.
        assertEquals(-2.0806, Significance.proportions(0.85, 500, 0.80, 500, AT_95).statistic(), 1e-4);
    }

    @Test
    void meansAreComparedByWelchsTestWithTheirOwnSpreads() {
        // CES 5.2 (sd 1.4, n 400) then 5.4 (sd 1.2, n 350): v1 = 1.96 / 400 = 0.0049, v2 = 1.44 / 350 = 0.0041143;
        // t = 0.2 / sqrt(0.0090143) = 0.2 / 0.094944 = 2.1065;
        // df = 0.0090143^2 / (0.0049^2 / 399 + 0.0041143^2 / 349) = 8.1257e-5 / 1.0868e-7 = 747.7;
        // two-sided p = 0.0355 (t table: just above 2.10 at df ~750 is p ~ 0.036): real at 95 %, not at 99 %.
        Significance.Test test = Significance.means(5.2, 1.4, 400, 5.4, 1.2, 350, AT_95);
        assertEquals(2.1065, test.statistic(), 1e-4);
        assertEquals(747.7, test.df(), 0.1);
        assertEquals(Verdict.LIKELY_REAL, test.verdict());
        assertEquals(Verdict.WITHIN_NOISE, Significance.means(5.2, 1.4, 400, 5.4, 1.2, 350, AT_99).verdict());
    }

    @Test
    void theTDistributionMatchesThePrintedTable() {
        // Printed t tables: 2.228 is the two-sided 5 % point at 10 df, 12.706 at 1 df, 2.042 at 30 df.
        assertEquals(0.05, StudentT.twoSidedP(2.228, 10), 1e-4);
        assertEquals(0.05, StudentT.twoSidedP(12.706, 1), 1e-4);
        assertEquals(0.05, StudentT.twoSidedP(2.042, 30), 1e-4);
        assertEquals(1.0, StudentT.twoSidedP(0, 5), 1e-12);
        // ln Γ(5) = ln 24, ln Γ(0.5) = ln sqrt(π)
        assertEquals(Math.log(24), StudentT.logGamma(5), 1e-12);
        assertEquals(0.5 * Math.log(Math.PI), StudentT.logGamma(0.5), 1e-12);
    }

    @Test
    void npsKeepsItsMarginMethodAtTheChosenLevel() {
        // Before 500/250/250 (n 1000, +25.0): se = 100 * sqrt((0.5 + 0.25 - 0.25^2) / 1000) = 2.6220;
        // now 450/300/150 (n 900, +33.3): se = 100 * sqrt((0.5 + 0.1667 - 0.3333^2) / 900) = 2.4845;
        // combined se = sqrt(2.6220^2 + 2.4845^2) = 3.6122; z = 8.3333 / 3.6122 = 2.3070.
        Nps before = Nps.ofCounts(500, 250, 250);
        Nps now = Nps.ofCounts(450, 300, 150);
        assertEquals(2.3070, Significance.nps(before, now, AT_95).statistic(), 1e-4);
        assertEquals(Verdict.LIKELY_REAL, Significance.nps(before, now, AT_90).verdict());
        assertEquals(Verdict.LIKELY_REAL, Significance.nps(before, now, AT_95).verdict());
        assertEquals(Verdict.WITHIN_NOISE, Significance.nps(before, now, AT_99).verdict());
        assertEquals(Verdict.UNKNOWN, Significance.nps(Nps.ofScore(25, 1000), now, AT_95).verdict(),
                "a score without counts has no margin to test with");
    }

    @Test
    void samplesTooSmallToTellAreSaidToBe() {
        // 29 answers is under the 30 every test asks for, however large the change.
        assertEquals(Verdict.TOO_FEW, Significance.means(2, 0.5, 29, 6, 0.5, 400, AT_95).verdict());
        assertEquals(Verdict.TOO_FEW, Significance.nps(Nps.ofCounts(29, 0, 0), Nps.ofCounts(0, 0, 400), AT_95).verdict());
        // 30 answers with 96.7 % satisfied leaves one unsatisfied answer: fewer than 10 on that side.
        assertEquals(Verdict.TOO_FEW, Significance.proportions(0.967, 30, 0.50, 400, AT_95).verdict());
        // 40 answers, 75 % satisfied: 30 and 10 on the two sides, enough to test.
        assertEquals(Verdict.LIKELY_REAL, Significance.proportions(0.75, 40, 0.95, 400, AT_95).verdict());
    }
}
