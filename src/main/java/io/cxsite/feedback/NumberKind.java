package io.cxsite.feedback;

/**
 * One kind of numeric identifier the Redactor removes. The Redactor asks each kind in turn, most
 * specific first, at every group where a number may start; what a kind takes, later kinds never see.
 */
interface NumberKind {
    /**
     * The last group of the longest identifier of this kind that starts at group {@code first}, or
     * -1 when none does. Only free groups may be joined ({@link DigitGroups#hasNext}), and the
     * identifier must be able to end there ({@link DigitGroups#canEnd}).
     */
    int lastGroup(DigitGroups groups, int first);
}
