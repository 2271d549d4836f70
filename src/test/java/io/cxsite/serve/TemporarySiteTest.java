package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporarySiteTest {
    @TempDir
    Path tmp;

    @Test
    void removesOnlyMarkedFoldersWhoseServeHasEnded() throws Exception {
        long dead = ServeProcessTest.deadPid();
        Path stale = folder("cxsite-serve-1", dead + "\n");
        Path running = folder("cxsite-serve-2", ProcessHandle.current().pid() + "\n");
        Path unmarked = Files.createDirectories(tmp.resolve("cxsite-serve-3"));
        Path garbled = folder("cxsite-serve-4", "12 34\n");
        Path otherName = folder("other-1", dead + "\n");
        Path linkedMarker = Files.createDirectories(tmp.resolve("cxsite-serve-5"));
        Files.createSymbolicLink(linkedMarker.resolve(TemporarySite.MARKER), stale.resolve(TemporarySite.MARKER));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not serve's");
        Files.createSymbolicLink(stale.resolve("public/link"), outside);

        assertEquals(List.of(stale), TemporarySite.removeStale(tmp));
        assertFalse(Files.exists(stale));
        for (Path kept : List.of(running, unmarked, garbled, otherName, linkedMarker)) {
            assertTrue(Files.isDirectory(kept), kept.toString());
        }
        assertEquals("not serve's", Files.readString(outside.resolve("keep.txt")), "links are deleted, not followed");
    }

    private Path folder(String name, String marker) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name).resolve("public"));
        Files.writeString(folder.resolve("index.html"), "internal");
        Files.writeString(folder.getParent().resolve(TemporarySite.MARKER), marker);
        return folder.getParent();
    }

    @Test
    void closingDeletesTheFolder() throws Exception {
        try (TemporarySite site = TemporarySite.create()) {
            Files.createDirectories(site.output().resolve("guides"));
            Files.writeString(site.output().resolve("guides/index.html"), "internal");
            Path folder = site.output().getParent();
            assertTrue(Files.isRegularFile(folder.resolve(TemporarySite.MARKER)));
            site.close();
            assertFalse(Files.exists(folder));
        }
    }
}
