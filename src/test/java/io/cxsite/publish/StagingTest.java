package io.cxsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.render.OutputFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
    @TempDir
    Path dir;
    Path site;
    Path output;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        output = site.resolve("public");
    }

    @Test
    void commitReplacesTheOutputFolderWholeAndLeavesNoStagingBehind() throws IOException {
        Files.createDirectories(output.resolve("old"));
        Files.writeString(output.resolve("old/stale.html"), "stale");
        OutputRule.mark(output);
        try (Staging staging = Staging.beside(site, output)) {
            staging.accept(OutputFile.text("a/index.html", "text/html", "new"));
            staging.commit();
        }
        assertEquals("new", Files.readString(output.resolve("a/index.html")));
        assertFalse(Files.exists(output.resolve("old")), "files of the previous build do not linger");
        assertEquals(List.of("public"), names(site));
        assertTrue(Files.exists(output.resolve(OutputRule.MARKER)), "the next build knows the folder for cxsite's");
    }

    @Test
    void closingWithoutCommitLeavesTheOutputAlone() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "old");
        OutputRule.mark(output);
        try (Staging staging = Staging.beside(site, output)) {
            staging.accept(OutputFile.text("index.html", "text/html", "new"));
        }
        assertEquals("old", Files.readString(output.resolve("index.html")));
        assertEquals(List.of("public"), names(site));
    }

    @Test
    void refusesPathsThatEscapeTheOutput() throws IOException {
        try (Staging staging = Staging.beside(site, output)) {
            assertThrows(IllegalStateException.class,
                    () -> staging.accept(OutputFile.text("../evil.html", "text/html", "x")));
        }
    }

    @Test
    void refusesAFolderOfSomeoneElsesFilesAndTouchesNothing() throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve("notes.txt"), "mine");
        assertThrows(RefusedOutputException.class, () -> Staging.beside(site, output));
        assertEquals("mine", Files.readString(output.resolve("notes.txt")));
        assertEquals(List.of("public"), names(site));
    }

    @Test
    void acceptsAnOutputAnEarlierVersionMadeWithoutTheMarker() throws IOException {
        Files.createDirectories(output);
        for (String name : List.of("sitemap.xml", "robots.txt", "feed.xml", "search-index.json", "index.html")) {
            Files.writeString(output.resolve(name), "earlier build");
        }
        try (Staging staging = Staging.beside(site, output)) {
            staging.accept(OutputFile.text("index.html", "text/html", "new"));
            staging.commit();
        }
        assertEquals("new", Files.readString(output.resolve("index.html")));
        assertFalse(Files.exists(output.resolve("sitemap.xml")));
    }

    @Test
    void theOutputGetsThePermissionsOfAnyFolderAndFileTheUserMakes() throws IOException {
        try (Staging staging = Staging.beside(site, output)) {
            staging.accept(OutputFile.text("css/site.css", "text/css", "body{}"));
            staging.commit();
        }
        // What the umask gives an ordinary folder and file: rwxr-xr-x and rw-r--r-- under umask 022.
        String folder = permissions(Files.createDirectory(dir.resolve("reference")));
        String file = permissions(Files.writeString(dir.resolve("reference.txt"), "x"));
        assertEquals(folder, permissions(output));
        assertEquals(folder, permissions(output.resolve("css")));
        assertEquals(file, permissions(output.resolve("css/site.css")));
        assertEquals(file, permissions(output.resolve(OutputRule.MARKER)));
    }

    @Test
    void theNextBuildClearsWhatKilledBuildsLeftAndOnlyThat() throws IOException {
        Files.createDirectories(output);
        OutputRule.mark(output);
        leftover(".public.staging-123", true);
        leftover(".public.old-456", true);
        leftover(".public.trash-789", true);
        Path unmarked = leftover(".public.staging-321", false);
        Path otherName = leftover(".public.old-backup", true);
        Path elsewhere = leftover("elsewhere", true);
        Files.createSymbolicLink(site.resolve(".public.staging-555"), elsewhere);
        try (Staging staging = Staging.beside(site, output)) {
            staging.accept(OutputFile.text("index.html", "text/html", "new"));
            staging.commit();
        }
        assertEquals(List.of(".public.old-backup", ".public.staging-321", ".public.staging-555", "elsewhere", "public"),
                names(site));
        assertTrue(Files.exists(unmarked.resolve("page.html")), "a folder without the marker is not cxsite's to delete");
        assertTrue(Files.exists(otherName.resolve("page.html")));
        assertTrue(Files.exists(elsewhere.resolve("page.html")), "links are not followed");
    }

    @Test
    void aBuildStoppedBetweenTheTwoRenamesGetsItsOutputBack() throws IOException {
        // What kill -9 between the renames leaves: the previous output aside, no output folder.
        Path aside = leftover(".public.old-42", true);
        Files.writeString(aside.resolve("index.html"), "previous");
        try (Staging staging = Staging.beside(site, output)) {
            assertEquals("previous", Files.readString(output.resolve("index.html")), "back before the build goes on");
            staging.accept(OutputFile.text("index.html", "text/html", "broken build"));
        }
        assertEquals("previous", Files.readString(output.resolve("index.html")));
        assertEquals(List.of("public"), names(site));
    }

    @Test
    void aStagingFolderThatABuildStillHoldsIsLeftAlone() throws IOException {
        Files.createDirectories(output);
        OutputRule.mark(output);
        try (Staging running = Staging.beside(site, output)) {
            running.accept(OutputFile.text("index.html", "text/html", "first"));
            try (Staging second = Staging.beside(site, output)) {
                second.accept(OutputFile.text("index.html", "text/html", "second"));
            }
            running.accept(OutputFile.text("a/index.html", "text/html", "still writing"));
            running.commit();
        }
        assertEquals("first", Files.readString(output.resolve("index.html")));
    }

    @Test
    void aStagingFolderLockedByAnotherProcessIsLeftAlone() throws IOException {
        Path busy = leftover(".public.staging-77", true);
        // Within one process a second lock on the file fails as another process's lock would.
        try (FileChannel channel = FileChannel.open(busy.resolve(OutputRule.MARKER), StandardOpenOption.WRITE);
             FileLock lock = channel.lock();
             Staging staging = Staging.beside(site, output)) {
            staging.commit();
            assertTrue(lock.isValid());
        }
        assertTrue(Files.exists(busy.resolve("page.html")));
    }

    @Test
    void manyThreadsWritingIntoManyNewFoldersNeverFindOneMissing() throws Exception {
        // Before: a folder was marked as made before it was; another thread then wrote into nothing.
        List<OutputFile> files = new ArrayList<>();
        for (int folder = 0; folder < 200; folder++) {
            for (int file = 0; file < 8; file++) {
                files.add(OutputFile.text("assets/deep/" + folder + "/a/b/c/" + file + ".svg", "image/svg+xml", "x"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                Collections.shuffle(files, new java.util.Random(round));
                try (Staging staging = Staging.beside(site, output)) {
                    List<Future<?>> writes = new ArrayList<>();
                    for (OutputFile file : files) {
                        writes.add(pool.submit(() -> staging.accept(file)));
                    }
                    for (Future<?> write : writes) {
                        write.get();
                    }
                    staging.commit();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(Files.exists(output.resolve("assets/deep/199/a/b/c/7.svg")));
    }

    private Path leftover(String name, boolean marked) throws IOException {
        Path folder = Files.createDirectories(site.resolve(name));
        Files.writeString(folder.resolve("page.html"), "left behind");
        if (marked) {
            OutputRule.mark(folder);
        }
        return folder;
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
