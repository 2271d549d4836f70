package io.cxsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz tests' own identifier finder: it must see what people write, and leave codes and dates alone. */
class IdentifierScanTest {
    @Test
    void findsEachKindAsPeopleWriteIt() {
        assertEquals(List.of("card 4111111111111111"), IdentifierScan.find("kort 4111.1111.1111.1111!"));
        assertEquals(List.of("card 378282246310005"), IdentifierScan.find("Amex 3782 822463 10005"));
        assertEquals(List.of("personnummer 8507099805"), IdentifierScan.find("pnr 85 07 09 \u2013 9805"));
        assertEquals(List.of("personnummer 198507099805"), IdentifierScan.find("19850709-9805"));
        assertEquals(List.of("fødselsnummer 01010110013"), IdentifierScan.find("fnr ０１０１０１ １００１３"));
        assertEquals(List.of("iban SE4550000000058398257466"), IdentifierScan.find("SE45-5000-0000-0583-9825-7466"));
        assertEquals(List.of("iban NO9386011117947"), IdentifierScan.find("no93 8601 1117 947."));
    }

    @Test
    void leavesCodesDatesAndWrongCheckDigitsAlone() {
        assertEquals(List.of(), IdentifierScan.find("INV-4111111111111111, A8507099805, 2026-03-14 12:30, v2.3.4"));
        assertEquals(List.of(), IdentifierScan.find("4111 1111 1111 1112 and 850709-9806 and SE45 5000 0000 0583 9825 7467"));
        assertEquals(List.of(), IdentifierScan.find("4112 1111 19, order 1234 5678"));
    }
}
