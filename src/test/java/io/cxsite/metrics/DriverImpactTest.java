package io.cxsite.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.Statistics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interval and verdict of a topic's NPS impact, against values worked out by hand. */
class DriverImpactTest {
    private static final Statistics AT_90 = new Statistics(90);
    private static final Statistics AT_95 = new Statistics(95);
    private static final Statistics AT_99 = new Statistics(99);

    /** A topic mentioned by {@code mentions} of {@code answers} answers; the counts the drivers table starts from. */
    private static Driver driver(long mentions, long promoters, long detractors, long answers, long allDetractors) {
        return new Driver(new Topic("delivery", Map.of("en", "Delivery"), false), mentions, promoters, detractors, 0, 0,
                0, 100.0 * detractors / answers, answers, allDetractors);
    }

    /**
     * 200 answers, 50 detractors; 60 mention delivery, 30 of them detractors. Impact 100 * 30 / 200 = 15.0.
     * Wilson at z = 1.959964: q = 0.15, z^2/n = 0.0192073, centre = (0.15 + 0.0096037) / 1.0192073 = 0.156596,
     * half = 1.959964 / 1.0192073 * sqrt(0.15 * 0.85 / 200 + 3.841459 / 160000) = 0.049460, so 10.71 to 20.61.
     * Detractors among the 60: 0.5; among the other 140: 20 / 140 = 0.142857; pooled 0.25;
     * z = 0.357143 / sqrt(0.25 * 0.75 * (1/60 + 1/140)) = 5.345.
     */
    @Test
    void givesTheWilsonIntervalOfTheImpactAndComparesTheTopicWithTheOtherAnswers() {
        DriverImpact impact = DriverImpact.of(driver(60, 10, 30, 200, 50), AT_95);
        assertEquals(10.71, impact.low(), 0.005);
        assertEquals(20.61, impact.high(), 0.005);
        assertEquals(5.345, impact.test().statistic(), 0.001);
        assertEquals(Verdict.LIKELY_REAL, impact.test().verdict());
        assertTrue(impact.drivesDetractors());
        assertFalse(impact.spareDetractors());
    }

    @Test
    void aHigherConfidenceLevelWidensTheInterval() {
        // Same counts at z = 2.5758293: 9.63 to 22.62.
        DriverImpact impact = DriverImpact.of(driver(60, 10, 30, 200, 50), AT_99);
        assertEquals(9.63, impact.low(), 0.005);
        assertEquals(22.62, impact.high(), 0.005);
    }

    /**
     * 400 answers, 100 detractors; 100 mention the topic, 32 of them detractors (0.32) against 68 of the
     * other 300 (0.226667); pooled 0.25, se = sqrt(0.1875 * (1/100 + 1/300)) = 0.05, z = 1.8667: beyond
     * 1.645 (90 %), within 1.960 (95 %).
     */
    @Test
    void theVerdictFollowsTheSitesConfidenceLevel() {
        Driver borderline = driver(100, 20, 32, 400, 100);
        assertEquals(1.8667, DriverImpact.of(borderline, AT_95).test().statistic(), 0.0001);
        assertEquals(Verdict.LIKELY_REAL, DriverImpact.of(borderline, AT_90).test().verdict());
        assertEquals(Verdict.WITHIN_NOISE, DriverImpact.of(borderline, AT_95).test().verdict());
    }

    @Test
    void aTopicOfHappyCustomersSparesDetractors() {
        // 100 mentions, 10 detractors (0.10) against 90 of the other 300 (0.30); se 0.05, z = -0.2 / 0.05 = -4.
        DriverImpact impact = DriverImpact.of(driver(100, 70, 10, 400, 100), AT_95);
        assertEquals(-4.0, impact.test().statistic(), 1e-9);
        assertEquals(Verdict.LIKELY_REAL, impact.test().verdict());
        assertTrue(impact.spareDetractors());
        assertFalse(impact.drivesDetractors());
    }

    /** 2 of 40 answers: 1.38 to 16.50 by Wilson, never below zero as q +- z se (-1.75) would be; too few to test. */
    @Test
    void aSmallTopicHasAnIntervalButTooFewAnswersForAVerdict() {
        DriverImpact impact = DriverImpact.of(driver(12, 2, 2, 40, 15), AT_95);
        assertEquals(1.38, impact.low(), 0.005);
        assertEquals(16.50, impact.high(), 0.005);
        assertEquals(Verdict.TOO_FEW, impact.test().verdict());
        assertFalse(impact.drivesDetractors());
    }

    @Test
    void aTopicEveryAnswerMentionsHasNothingToBeComparedWith() {
        assertEquals(Verdict.UNKNOWN, DriverImpact.of(driver(200, 50, 50, 200, 50), AT_95).test().verdict());
    }
}
