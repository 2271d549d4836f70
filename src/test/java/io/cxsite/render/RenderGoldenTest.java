package io.cxsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.cxsite.build.BuildResult;
import io.cxsite.build.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered home, section and page of a small site, compared byte for byte with reviewed
 * golden files. After a deliberate theme change run with {@code -Dgolden.update=true} and review
 * the diff of {@code src/test/resources/render/golden/} before committing it.
 */
class RenderGoldenTest {
    private static final Path RESOURCES = Path.of("src/test/resources/render");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "guides/index.html", "guides/nps/index.html"})
    void matchesGoldenFile(String output) throws IOException {
        TestSite site = TestSite.write(dir, Files.readString(RESOURCES.resolve("golden-site.txt"), StandardCharsets.UTF_8));
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems());
        String actual = site.read(output);
        Path golden = RESOURCES.resolve("golden").resolve(output);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run with -Dgolden.update=true and review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(firstDifference(golden.toString(), expected, actual));
        }
    }

    /** A readable diff: the first differing line with its neighbours. */
    static String firstDifference(String name, String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int i = 0;
        while (i < Math.min(e.size(), a.size()) && e.get(i).equals(a.get(i))) {
            i++;
        }
        StringBuilder out = new StringBuilder(name + " differs at line " + (i + 1) + ":\n");
        for (int j = Math.max(0, i - 2); j < Math.min(i + 3, Math.max(e.size(), a.size())); j++) {
            if (j < e.size()) {
                out.append("- ").append(e.get(j)).append('\n');
            }
            if (j < a.size()) {
                out.append("+ ").append(a.get(j)).append('\n');
            }
        }
        return out.append("(run with -Dgolden.update=true to accept, then review the diff)").toString();
    }
}
