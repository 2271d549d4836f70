package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** The last-resort handler: a file problem at its file, anything else as a bug, never the exception's text. */
class FailureTest {
    @Test
    void fileProblemIsPrintedAtTheFile() {
        String printed = Failure.describe(new UncheckedIOException(new AccessDeniedException("/srv/site/content/a.md")));
        assertEquals("/srv/site/content/a.md:1:1: error: cxsite may not read or write this file (permission denied);"
                + " check the file and its folder, then build again", printed);
    }

    @Test
    void anyOtherExceptionIsABugWithoutItsText() {
        String printed = Failure.describe(new IllegalStateException("Cannot invoke \"Page.sourcePath()\" because \"page\" is null"));
        assertFalse(printed.contains("null") || printed.contains("Exception") || printed.contains("sourcePath"), printed);
    }
}
