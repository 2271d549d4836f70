package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyTextTest {
    @Test
    void runsOfWhitespaceOfAnyKindBecomeOneSpaceAndNoneAtTheEnds() {
        assertEquals("Pay the bill by e-invoice",
                BodyText.collapseWhitespace(new StringBuilder(" \n Pay\tthe \u2003bill\u3000\u2028by \r\n e-invoice \u2029 ")));
    }

    @Test
    void keepsNoBreakSpacesAndOtherCharactersThatAreNotWhitespace() {
        assertEquals("10\u00a0300 kr\u202fnet \u0085 \u00e5r \u00f6ver",
                BodyText.collapseWhitespace("10\u00a0300  kr\u202fnet \u0085  \u00e5r \u00f6ver"));
        assertEquals("", BodyText.collapseWhitespace(" \t\n "));
    }
}
