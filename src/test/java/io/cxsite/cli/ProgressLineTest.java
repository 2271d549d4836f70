package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of a long build: on a terminal only, redrawn in place and cleared at the end. */
class ProgressLineTest {
    @TempDir
    Path dir;

    @Test
    void atATerminalTheSecondsGoByOnOneLineThatIsClearedAtTheEnd() throws Exception {
        StringWriter err = new StringWriter();
        try (ProgressLine line = ProgressLine.start("building", new PrintWriter(err), true, 0, 20)) {
            Thread.sleep(200);
        }
        String text = err.toString();
        assertTrue(text.startsWith("\rcxsite: building... 0 s "), text);
        assertTrue(text.endsWith("\r\033[K"), "cleared at the end: " + text);
        assertTrue(!text.contains("\n"), "never a new line: " + text);
    }

    @Test
    void pipedOrInCiNothingIsDrawn() throws Exception {
        StringWriter err = new StringWriter();
        try (ProgressLine line = ProgressLine.start("building", new PrintWriter(err), false, 0, 20)) {
            Thread.sleep(100);
        }
        assertEquals("", err.toString());
        assertTrue(!ProgressLine.watched(Map.of("CI", "true")));
    }

    @Test
    void aQuickBuildAtATerminalPrintsNothingExtra() {
        TestSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://a.example/\n-- content/_index.md --\n---\ntitle: H\n---\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cxsite.run(new String[] {"build", "-s", dir.toString()}, new PrintWriter(out), new PrintWriter(err),
                Map.of(), true);
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString(), "quiet for the first " + ProgressLine.DELAY_MILLIS + " ms");
    }
}
