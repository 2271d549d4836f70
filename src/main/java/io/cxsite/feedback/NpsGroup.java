package io.cxsite.feedback;

/** The three groups of the Net Promoter System, by the 0-10 likelihood-to-recommend answer. */
public enum NpsGroup {
    /** 9 or 10. */
    PROMOTER,
    /** 7 or 8. */
    PASSIVE,
    /** 0 to 6. */
    DETRACTOR;

    private static final NpsGroup[] BY_SCORE = {DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR, DETRACTOR,
            DETRACTOR, PASSIVE, PASSIVE, PROMOTER, PROMOTER};

    /** @throws IllegalArgumentException for a score outside 0-10, which a reader never lets through */
    public static NpsGroup of(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("an NPS answer is 0-10, not " + score);
        }
        return BY_SCORE[score];
    }
}
