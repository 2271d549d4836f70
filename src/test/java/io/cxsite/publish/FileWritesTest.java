package io.cxsite.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written on writer threads; every one is on disk when the build commits, and a failed write fails the commit. */
class FileWritesTest {
    @TempDir
    Path dir;

    @Test
    void everyFileHandedOverFromManyThreadsIsOnDiskAfterCommit() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path output = site.resolve("public");
        try (Staging staging = Staging.beside(site, output)) {
            IntStream.range(0, 2_000).parallel().forEach(i -> staging.accept(
                    OutputFile.text("s" + i % 37 + "/p" + i + "/index.html", "text/html", "page " + i)));
            staging.commit();
        }
        for (int i = 0; i < 2_000; i++) {
            assertEquals("page " + i, Files.readString(output.resolve("s" + i % 37 + "/p" + i + "/index.html")));
        }
    }

    @Test
    void aWriteThatFailsFailsTheCommitAndLeavesThePreviousOutput() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path output = site.resolve("public");
        try (Staging staging = Staging.beside(site, output)) {
            staging.accept(OutputFile.text("index.html", "text/html", "previous"));
            staging.commit();
        }
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
            try (Staging staging = Staging.beside(site, output)) {
                staging.accept(OutputFile.text("index.html", "text/html", "next"));
                // "index.html" is a file, so nothing can be made inside it.
                staging.accept(OutputFile.text("index.html/child.html", "text/html", "x"));
                staging.commit();
            }
        });
        assertTrue(e.getCause().getMessage().contains("index.html"), e.getCause().getMessage());
        assertEquals("previous", Files.readString(output.resolve("index.html")));
    }

    @Test
    void theBytesWrittenAreTheBytesHandedOver() {
        Path target = dir.resolve("a/b/data.bin");
        byte[] bytes = "ä\u0000\n\r€".getBytes(StandardCharsets.UTF_8);
        FileWrites writes = new FileWrites();
        writes.write(target, bytes);
        writes.finish();
        try {
            assertArrayEquals(bytes, Files.readAllBytes(target));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
