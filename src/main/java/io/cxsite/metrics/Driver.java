package io.cxsite.metrics;

/**
 * One topic's part in a period's NPS, from the answers that mention it.
 *
 * @param mentions       answers that mention the topic, of every group
 * @param detractorShare percentage of the period's detractors who mention it
 * @param promoterShare  percentage of the period's promoters who mention it
 * @param nps            the NPS of the answers that mention it
 * @param impact         NPS points the period would gain had the detractors who mention the topic been
 *                       passives: 100 * those detractors / all answers of the period
 * @param answers        all answers of the period, whatever they mention (the base of {@code impact})
 * @param allDetractors  all detractors of the period, whatever they mention
 */
public record Driver(Topic topic, long mentions, long promoters, long detractors, double detractorShare,
        double promoterShare, double nps, double impact, long answers, long allDetractors) {
}
