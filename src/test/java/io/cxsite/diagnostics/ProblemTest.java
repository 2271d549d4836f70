package io.cxsite.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void aProblemIsAlwaysOneLineWhateverItsMessageQuotes() {
        Problem quoted = Problem.error("content/a.md", 3, 7, "value 'two\nlines\r\0' is not a slug");
        assertEquals("content/a.md:3:7: error: value 'two\\u000Alines\\u000D\\u0000' is not a slug", quoted.format());
    }

    @Test
    void aWholeFileProblemIsPrintedAtItsFirstLine() {
        assertEquals("site.yaml:1:1: warning: unused", Problem.warning("site.yaml", 0, 0, "unused").format());
    }
}
