package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxsite serve --built FOLDER}: a finished folder served as it is, under its base path. */
class PreviewTest {
    private static final String SITE = """
            -- site.yaml --
            title: CX
            baseUrl: https://acme.github.io/cx/
            -- content/_index.md --
            ---
            title: Home
            ---
            Start with [help](help/_index.md).
            -- content/help/_index.md --
            ---
            title: Help
            ---
            """;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path dir;

    private Path built() {
        TestSite site = TestSite.write(dir, SITE);
        assertTrue(!site.build().failed());
        return site.output();
    }

    private static HttpResponse<byte[]> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theBasePathComesFromTheFoldersHomePage() throws IOException {
        assertEquals(Optional.of("/cx/"), BuiltFolders.basePath(built()));
        assertEquals(Optional.empty(), BuiltFolders.basePath(dir.resolve("content")));
    }

    @Test
    void servesEveryFileAsBuiltUnderTheBasePath() throws Exception {
        Path folder = built();
        try (DevServer server = DevServer.preview(folder, "127.0.0.1", 0, "/cx/")) {
            HttpResponse<byte[]> home = get(server.port(), "/cx/");
            assertEquals(200, home.statusCode());
            assertArrayEquals(Files.readAllBytes(folder.resolve("index.html")), home.body(), "no live-reload script");
            assertEquals(200, get(server.port(), "/cx/help/").statusCode());
            HttpResponse<byte[]> css = get(server.port(), "/cx/css/cxsite.css");
            assertEquals(200, css.statusCode(), "the stylesheet is found where the pages link it");
            assertTrue(new String(home.body(), StandardCharsets.UTF_8).contains("href=\"/cx/css/cxsite.css"));
            HttpResponse<byte[]> root = get(server.port(), "/");
            assertEquals(302, root.statusCode());
            assertEquals(Optional.of("/cx/"), root.headers().firstValue("Location"));
            HttpResponse<byte[]> missing = get(server.port(), "/cx/no-such-page/");
            assertEquals(404, missing.statusCode());
            assertArrayEquals(Files.readAllBytes(folder.resolve("404.html")), missing.body());
            assertEquals(404, get(server.port(), "/help/").statusCode(), "nothing outside the base path");
            assertEquals(404, get(server.port(), LiveReload.EVENTS).statusCode(), "no live reload");
        }
    }

    @Test
    @Timeout(120)
    void theCommandSaysWhatItServesAndWhere() throws Exception {
        Path folder = built();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.cxsite.cli.Cxsite", "serve", "--built", "public", "--port", "0"))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            Matcher m = Pattern.compile("serving \\./public at http://127\\.0\\.0\\.1:(\\d+)/cx/ as built: no rebuilds,"
                    + " no live reload \\(Ctrl\\+C to stop\\)").matcher(String.valueOf(line));
            assertTrue(m.matches(), line);
            HttpResponse<byte[]> help = get(Integer.parseInt(m.group(1)), "/cx/help/");
            assertArrayEquals(Files.readAllBytes(folder.resolve("help/index.html")), help.body());
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
