package io.cxsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cxsitew} wrapper that init writes, run as a team would run it, offline: it fetches the
 * pinned jar from a local release folder through a {@code file:} URL, checks its SHA-256 and runs it,
 * and refuses a jar whose checksum is not the pinned one.
 */
class WrapperTest {
    @TempDir
    Path dir;
    Path site;
    Path cache;
    Path releaseJar;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void siteAndRelease() throws Exception {
        site = dir.resolve("site");
        assertEquals(Cxsite.OK, CxsiteTest.run(InitCommandTest.DAY, "init", "--lang", "en", site.toString()).code());
        cache = dir.resolve("cache");
        releaseJar = dir.resolve("releases/v1.0.0/cxsite.jar");
        writeJar(releaseJar, "released");
    }

    /** A tiny runnable jar whose main prints {@code word} and its arguments. */
    void writeJar(Path jar, String word) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src-" + word));
        Files.writeString(src.resolve("Main.java"), "public class Main { public static void main(String[] a) {"
                + " System.out.println(\"" + word + " \" + String.join(\" \", a)); } }");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
                src.resolve("Main.java").toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new ZipEntry("Main.class"));
            out.write(Files.readAllBytes(src.resolve("Main.class")));
            out.closeEntry();
        }
    }

    void pin(String sha256) throws IOException {
        Files.writeString(site.resolve(".cxsite/wrapper.properties"), "version=1.0.0\nurl=" + releaseJar.toUri()
                + "\nsha256=" + sha256 + "\n");
    }

    Run cxsitew(String... args) throws Exception {
        return cxsitew(Map.of(), args);
    }

    Run cxsitew(Map<String, String> env, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of("sh", site.resolve("cxsitew").toString()), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(site.toFile());
        builder.environment().put("CXSITE_WRAPPER_HOME", cache.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        int code = builder.start().waitFor();
        return new Run(code, Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    List<Path> cached() throws IOException {
        if (Files.notExists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void runsThePinnedJarFromTheReleaseAndThenFromTheCache() throws Exception {
        String sha = WrapperPin.sha256(releaseJar);
        pin(sha);
        Run first = cxsitew("build", "--strict");
        assertEquals(0, first.code(), first.err());
        assertEquals("released build --strict\n", first.out());
        assertTrue(first.err().contains("downloading " + releaseJar.toUri()), first.err());
        assertEquals(List.of(cache.resolve("1.0.0").resolve(sha).resolve("cxsite.jar")), cached());

        Files.delete(releaseJar);
        Run second = cxsitew("check");
        assertEquals(0, second.code(), second.err());
        assertEquals("released check\n", second.out());
        assertEquals("", second.err(), "no download the second time");
    }

    @Test
    void needsNoChecksumToolButJava() throws Exception {
        // Only the few tools the script reads its pin with: no sha256sum, shasum, curl or wget.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("sh", "dirname", "sed", "tail", "tr")) {
            Path found = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        pin(WrapperPin.sha256(releaseJar));
        Map<String, String> env = Map.of("PATH", bin.toString());
        assertEquals("released build\n", cxsitew(env, "build").out());
        writeJar(cached().get(0), "tampered");
        Run run = cxsitew(env, "build");
        assertEquals("released build\n", run.out(), "the changed jar was replaced by the pinned one");
        assertTrue(run.err().contains("downloading"), run.err());
    }

    @Test
    void refusesAJarWhoseChecksumIsNotThePinnedOneAndDeletesIt() throws Exception {
        String wrong = "0".repeat(64);
        pin(wrong);
        Run run = cxsitew("build");
        assertEquals(1, run.code());
        assertEquals("", run.out(), "nothing ran");
        assertTrue(run.err().contains("has SHA-256 " + WrapperPin.sha256(releaseJar) + ", but"
                + " .cxsite/wrapper.properties pins " + wrong + "; it was deleted and not run"), run.err());
        assertEquals(List.of(), cached(), "the bad download is gone");
    }

    @Test
    void aChangedCachedJarIsNeverRun() throws Exception {
        pin(WrapperPin.sha256(releaseJar));
        assertEquals(0, cxsitew("build").code());
        Path cachedJar = cached().get(0);
        writeJar(cachedJar, "tampered");
        writeJar(releaseJar, "tampered");
        Run run = cxsitew("build");
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("it was deleted and not run"), run.err());
        assertEquals(List.of(), cached());
    }

    @Test
    void saysWhatIsMissingFromThePin() throws Exception {
        Files.writeString(site.resolve(".cxsite/wrapper.properties"), "version=1.0.0\nurl=" + releaseJar.toUri() + "\n");
        Run run = cxsitew("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("'sha256' is missing; take it from the release page"), run.err());
        assertFalse(run.out().contains("released"));
    }

    @Test
    void initPinsTheJarItRunsFrom() throws Exception {
        WrapperPin pin = WrapperPin.of("1.0.0", dir.resolve("releases").toUri().toString(), WrapperPin.sha256(releaseJar));
        assertEquals(releaseJar.toUri().toString(), pin.url());
        assertTrue(pin.release());
        assertFalse(WrapperPin.of("1.1.0-SNAPSHOT", "https://x.example/", "ab".repeat(32)).release());
    }
}
