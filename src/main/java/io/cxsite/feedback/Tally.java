package io.cxsite.feedback;

/**
 * The counts of one cell while rows stream in: mutable, so that a row adds to it in place instead
 * of making a new {@link Counts}; sums are checked as in {@link Counts#plus}. The cells of the
 * topics hang off the cell of all answers by topic index, so that a row costs one map lookup
 * however many topics it mentions.
 */
final class Tally {
    /** The same cell's answers about each topic, by index into {@link Topics#all()}; null until one. */
    private Tally[] byTopic;
    private long promoters;
    private long passives;
    private long detractors;
    private long csatAnswers;
    private long csatSatisfied;
    private long cesAnswers;
    private double cesSum;
    private double cesSquares;

    void add(NpsGroup group, Response r) {
        switch (group) {
            case PROMOTER -> promoters = Math.incrementExact(promoters);
            case PASSIVE -> passives = Math.incrementExact(passives);
            case DETRACTOR -> detractors = Math.incrementExact(detractors);
        }
        if (r.csat().isPresent()) {
            csatAnswers = Math.incrementExact(csatAnswers);
            csatSatisfied += Counts.satisfied(r.csat().getAsDouble()) ? 1 : 0;
        }
        if (r.ces().isPresent()) {
            cesAnswers = Math.incrementExact(cesAnswers);
            cesSum += r.ces().getAsDouble();
            cesSquares += r.ces().getAsDouble() * r.ces().getAsDouble();
        }
    }

    /** One answer of the group without CSAT or CES. */
    void add(NpsGroup group) {
        switch (group) {
            case PROMOTER -> promoters = Math.incrementExact(promoters);
            case PASSIVE -> passives = Math.incrementExact(passives);
            case DETRACTOR -> detractors = Math.incrementExact(detractors);
        }
    }

    /** {@code answers} answers of one group without CSAT or CES, from a row of an aggregated export. */
    void add(NpsGroup group, long answers) {
        switch (group) {
            case PROMOTER -> promoters = Math.addExact(promoters, answers);
            case PASSIVE -> passives = Math.addExact(passives, answers);
            case DETRACTOR -> detractors = Math.addExact(detractors, answers);
        }
    }

    Tally about(int topic, int topics) {
        if (byTopic == null) {
            byTopic = new Tally[topics];
        }
        Tally tally = byTopic[topic];
        if (tally == null) {
            tally = new Tally();
            byTopic[topic] = tally;
        }
        return tally;
    }

    /** The cell of this cell's answers about the topic at that index, or null when none mentioned it. */
    Tally topic(int topic) {
        return byTopic == null ? null : byTopic[topic];
    }

    /** How many topics have a cell of their own here. */
    int topics() {
        int n = 0;
        if (byTopic != null) {
            for (Tally about : byTopic) {
                n += about == null ? 0 : 1;
            }
        }
        return n;
    }

    /** Adds another cell's counts, and those of its topics, to this one's. */
    void add(Tally other) {
        promoters = Math.addExact(promoters, other.promoters);
        passives = Math.addExact(passives, other.passives);
        detractors = Math.addExact(detractors, other.detractors);
        csatAnswers = Math.addExact(csatAnswers, other.csatAnswers);
        csatSatisfied = Math.addExact(csatSatisfied, other.csatSatisfied);
        cesAnswers = Math.addExact(cesAnswers, other.cesAnswers);
        cesSum += other.cesSum;
        cesSquares += other.cesSquares;
        if (other.byTopic != null) {
            for (int topic = 0; topic < other.byTopic.length; topic++) {
                if (other.byTopic[topic] != null) {
                    about(topic, other.byTopic.length).add(other.byTopic[topic]);
                }
            }
        }
    }

    Counts freeze() {
        return new Counts(promoters, passives, detractors, csatAnswers, csatSatisfied, cesAnswers, cesSum, cesSquares);
    }
}
