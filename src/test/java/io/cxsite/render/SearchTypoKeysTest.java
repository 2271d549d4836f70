package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typo keys: a slip in a word's first two letters meets its term under a shared key. */
class SearchTypoKeysTest {

    @Test
    void aTermIsKeptUnderItsFourVariantsOfTheFirstLetters() {
        assertEquals(List.of("ankid", "bnkid", "abnkid", "bnakid"), SearchTypoKeys.of("bankid"));
        assertEquals(List.of("ooter", "roter", "oroter"), SearchTypoKeys.of("rooter"), "the term itself left out");
        assertEquals(List.of(), SearchTypoKeys.of("ban"), "too short for a typo");
    }

    @Test
    void everyKindOfSlipInTheFirstTwoLettersMeetsTheTerm() {
        Map<String, String> table = SearchTypoKeys.table(List.of("bankid", "faktura"));
        for (String slip : List.of("vankid", "bbnkid", "ankid", "bnkid", "bnakid", "fkatura")) {
            boolean met = SearchTypoKeys.probes(slip).stream().anyMatch(table::containsKey);
            assertEquals(true, met, slip);
        }
        // A letter put in front or in second place: the probe without it is the term itself.
        assertEquals("bankid", SearchTypoKeys.probes("xbankid").get(1));
        assertEquals("bankid", SearchTypoKeys.probes("bxankid").get(2));
    }

    @Test
    void theTableJoinsTheTermsOfAKeyInOrder() {
        Map<String, String> table = SearchTypoKeys.table(List.of("vankid", "bankid", "router"));
        assertEquals("bankid vankid", table.get("ankid"));
        assertEquals("router", table.get("ruoter"), "second and third swapped");
        assertEquals(List.copyOf(new java.util.TreeSet<>(table.keySet())), List.copyOf(table.keySet()), "keys sorted");
    }
}
