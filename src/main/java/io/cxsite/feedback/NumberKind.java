package io.cxsite.feedback;

/**
 * One kind of numeric identifier the Redactor removes. The Redactor asks each kind in turn, most
 * specific first, at every group where a number may start; what a kind takes, later kinds never see.
 */
interface NumberKind {
    /**
     * The last group of the longest identifier of this kind that starts at group {@code first}, or
     * -1 when none does. Only free groups may be joined ({@link DigitGroups#hasNext}).
     */
    int lastGroup(DigitGroups groups, int first);

    /**
     * Whether the kind has check digits. Those are identifiers whatever separates their groups and
     * whatever word they are glued to ({@link DigitGroups#canStartChecked}); a kind without
     * ({@link PhoneNumber}) starts only where {@link DigitGroups#canStart} allows and must be able to
     * end ({@link DigitGroups#canEnd}), so that dates, amounts and codes stay as they are.
     */
    default boolean hasCheckDigits() {
        return true;
    }
}
