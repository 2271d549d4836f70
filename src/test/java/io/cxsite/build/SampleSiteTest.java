package io.cxsite.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.config.AudienceScope;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repository's own sample site builds without a problem, and every internal link and asset in
 * the output exists, both at the root of a domain and under a GitHub project path.
 */
class SampleSiteTest {
    private static final Pattern REF = Pattern.compile("(?:href|src)=\"([^\"#?]*)[^\"]*\"");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"https://example.org/, all", "https://acme.github.io/cxsite/, all", "https://acme.github.io/cxsite/, public"})
    void buildsWithoutProblemsAndWithoutBrokenInternalLinks(String baseUrl, String audience) throws IOException {
        BuildResult result = SiteBuild.run(new BuildRequest(TestSite.REPO, Optional.of(out.resolve("public")),
                Optional.of(baseUrl), AudienceScope.tryParse(audience), false, true));
        assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
        assertTrue(result.pages() >= 20, "the sample site has at least 20 pages, found " + result.pages());

        String basePath = java.net.URI.create(baseUrl).getPath();
        Map<String, byte[]> files = TestSite.snapshot(out.resolve("public"));
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Matcher m = REF.matcher(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group(1);
                if (url.isEmpty() || url.startsWith("http") || url.startsWith("mailto:") || url.startsWith("tel:") || url.startsWith("//")) {
                    continue;
                }
                if (!url.startsWith(basePath)) {
                    broken.add(file.getKey() + ": " + url + " is outside the base path " + basePath);
                    continue;
                }
                String target = url.substring(basePath.length());
                if (!files.containsKey(target) && !files.containsKey(target + "index.html")
                        && !files.containsKey(target + "/index.html")) {
                    broken.add(file.getKey() + ": " + url);
                }
            }
        }
        assertEquals(List.of(), broken);
        if (audience.equals("public")) {
            assertTrue(files.keySet().stream().noneMatch(p -> p.startsWith("reports/")), "no internal page in a public build");
        }
    }
}
