package io.cxsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
    @TempDir
    Path dir;

    @Test
    void commitReplacesTheOutputFolderWholeAndLeavesNoStagingBehind() throws IOException {
        Path output = dir.resolve("public");
        Files.createDirectories(output.resolve("old"));
        Files.writeString(output.resolve("old/stale.html"), "stale");
        try (Staging staging = Staging.beside(output)) {
            staging.accept(OutputFile.text("a/index.html", "text/html", "new"));
            staging.commit();
        }
        assertEquals("new", Files.readString(output.resolve("a/index.html")));
        assertFalse(Files.exists(output.resolve("old")), "files of the previous build do not linger");
        try (var list = Files.list(dir)) {
            assertEquals(List.of("public"), list.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void closingWithoutCommitLeavesTheOutputAlone() throws IOException {
        Path output = dir.resolve("public");
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "old");
        try (Staging staging = Staging.beside(output)) {
            staging.accept(OutputFile.text("index.html", "text/html", "new"));
        }
        assertEquals("old", Files.readString(output.resolve("index.html")));
        try (var list = Files.list(dir)) {
            assertEquals(List.of("public"), list.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void refusesPathsThatEscapeTheOutput() throws IOException {
        try (Staging staging = Staging.beside(dir.resolve("public"))) {
            assertThrows(IllegalStateException.class,
                    () -> staging.accept(OutputFile.text("../evil.html", "text/html", "x")));
        }
    }
}
