package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.IncrementalBuild;
import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {
    @TempDir
    Path dir;

    @Test
    void servesTheSiteAndNothingOutsideIt() throws Exception {
        Path site = dir.resolve("public");
        Files.createDirectories(site.resolve("guides"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("guides/index.html"), "guides");
        Files.writeString(site.resolve("404.html"), "not here");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0, "/")) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertEquals("home" + LiveReload.TAG, home.body());
            assertEquals("guides" + LiveReload.TAG, client.send(HttpRequest.newBuilder(URI.create(base + "/guides/"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/nope/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals("not here" + LiveReload.TAG, missing.body());

            // HttpClient normalises "..", so speak raw HTTP like a hostile client would.
            for (String attack : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/guides/..%2f..%2fsecret.txt"}) {
                String response = raw(server.port(), attack);
                assertTrue(response.startsWith("HTTP/1.1 404"), attack + " -> " + response);
                assertTrue(!response.contains("secret"), attack);
            }
        }
    }

    @Test
    void servedPagesCarryTheLiveReloadScriptButTheBuiltFilesDoNot() throws Exception {
        TestSite site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE);
        Path output = dir.resolve("served");
        IncrementalBuild build = IncrementalBuild.of(new BuildRequest(site.dir(), Optional.of(output),
                Optional.empty(), Optional.empty(), false, false), new ReentrantLock());
        assertFalse(build.rebuild().result().failed());
        assertFalse(site.build().failed());
        try (DevServer server = DevServer.start(output, "127.0.0.1", 0, "/")) {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            byte[] served = client.send(HttpRequest.newBuilder(URI.create(base + "/guides/alpha/")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            byte[] file = Files.readAllBytes(output.resolve("guides/alpha/index.html"));
            String tag = "<script src=\"/__cxsite/live-reload.js\"></script>\n";
            assertEquals(new String(file, StandardCharsets.UTF_8).replace("</body>", tag + "</body>"),
                    new String(served, StandardCharsets.UTF_8));
            byte[] css = client.send(HttpRequest.newBuilder(URI.create(base + "/css/cxsite.css")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertArrayEquals(Files.readAllBytes(output.resolve("css/cxsite.css")), css, "only HTML gets the script");
        }
        for (Path root : List.of(output, site.output())) {
            TestSite.snapshot(root).forEach((path, bytes) -> assertFalse(
                    new String(bytes, StandardCharsets.UTF_8).contains("__cxsite"), root + ": " + path));
        }
    }

    @Test
    void theScriptGoesBeforeTheLastBodyEndTagOrAtTheEnd() {
        String tag = LiveReload.TAG;
        assertEquals("<p>x</p>" + tag + "</BODY></html>", inject("<p>x</p></BODY></html>"));
        assertEquals("<p></body> in text</p>" + tag + "</body>", inject("<p></body> in text</p></body>"));
        assertEquals("<p>fragment</p>" + tag, inject("<p>fragment</p>"));
        assertEquals("<p>ö</p>" + tag + "</body>", inject("<p>ö</p></body>"));
    }

    private static String inject(String html) {
        return new String(LiveReload.inject(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void problemsGoAsOneLineOfJson() {
        String json = LiveReload.json(List.of(Problem.error("content/a.md", 3, 7, "bad \"quote\"\nand line"),
                Problem.warning("site.yaml", 0, 0, "whole file")));
        assertEquals("[{\"file\":\"content/a.md\",\"line\":3,\"column\":7,\"severity\":\"error\","
                + "\"message\":\"bad \\\"quote\\\"\\nand line\"},{\"file\":\"site.yaml\",\"line\":1,\"column\":1,"
                + "\"severity\":\"warning\",\"message\":\"whole file\"}]", json);
    }

    private static String raw(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
