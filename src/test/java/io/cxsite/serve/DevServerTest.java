package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.TestSite;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// A separate thread: a read that hangs (a stream kept open) fails the test instead of stalling the run.
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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
            assertEquals("home" + LiveReloadScript.TAG, home.body());
            assertEquals("guides" + LiveReloadScript.TAG, client.send(HttpRequest.newBuilder(URI.create(base + "/guides/"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/nope/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals("not here" + LiveReloadScript.TAG, missing.body());

            // HttpClient normalises "..", so speak raw HTTP like a hostile client would.
            for (String attack : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/guides/..%2f..%2fsecret.txt"}) {
                String response = raw(server.port(), attack);
                assertTrue(response.startsWith("HTTP/1.1 404"), attack + " -> " + response);
                assertTrue(!response.contains("secret"), attack);
            }
        }
    }

    @Test
    void answersOnlyNamesThatCannotBeReboundAtItsPort() throws Exception {
        Path site = dir.resolve("public");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "internal report");
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0, "/")) {
            int port = server.port();
            for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port,
                    "cx.localhost:" + port, "LOCALHOST:" + port)) {
                String response = request(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\n");
                assertTrue(response.startsWith("HTTP/1.1 200") && response.contains("internal report"),
                        host + " -> " + response);
            }
            // DNS rebinding: a name the attacker owns, pointed at 127.0.0.1, arrives as the Host header.
            for (String host : List.of("evil.example:" + port, "127.0.0.1.nip.io:" + port, "localhost.evil.example:"
                    + port, "localhost:" + (port == 1 ? 2 : 1), "localhost", "")) {
                String response = request(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\n");
                assertTrue(response.startsWith("HTTP/1.1 421"), host + " -> " + response);
                assertTrue(response.contains("answers only requests for localhost"), response);
                assertFalse(response.contains("internal report"), host);
            }
            String noHost = request(port, "GET / HTTP/1.0\r\n");
            assertTrue(noHost.startsWith("HTTP/1.1 421"), noHost);
            String twoHosts = request(port, "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nHost: evil.example\r\n");
            assertTrue(twoHosts.startsWith("HTTP/1.1 421"), twoHosts);
        }
    }

    @Test
    void anotherSitesPageGetsNoEventStream() throws Exception {
        Path site = dir.resolve("public");
        Files.createDirectories(site);
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0, "/")) {
            int port = server.port();
            String foreign = request(port, "GET /__cxsite/events HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nOrigin: http://evil.example\r\n");
            assertTrue(foreign.startsWith("HTTP/1.1 403"), foreign);
            assertTrue(foreign.contains("not pages of another site"), foreign);
            try (Socket own = new Socket("127.0.0.1", port)) {
                send(own, "GET /__cxsite/events HTTP/1.1\r\nHost: localhost:" + port + "\r\nOrigin: http://localhost:"
                        + port + "\r\n\r\n");
                assertEquals("HTTP/1.1 200 OK", statusLine(own));
            }
        }
    }

    @Test
    void neverServesALinkOutOfTheSite() throws Exception {
        Path site = dir.resolve("public");
        Path outside = dir.resolve("outside");
        Files.createDirectories(site);
        Files.createDirectories(outside);
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(outside.resolve("index.html"), "secret page");
        Files.writeString(dir.resolve("secret.txt"), "secret file");
        Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("docs"), outside);
        Files.createSymbolicLink(site.resolve("404.html"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0, "/")) {
            for (String path : List.of("/leak.txt", "/docs/", "/docs/index.html", "/missing")) {
                String response = raw(server.port(), path);
                assertTrue(response.startsWith("HTTP/1.1 404"), path + " -> " + response);
                assertFalse(response.contains("secret"), path + " -> " + response);
            }
            assertTrue(raw(server.port(), "/home.html").contains("home"), "a link that stays inside is served");
        }
    }

    @Test
    void opensAtMostSoManyEventStreams() throws Exception {
        Path site = dir.resolve("public");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "home");
        List<Socket> streams = new ArrayList<>();
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0, "/")) {
            String events = "GET /__cxsite/events HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n";
            for (int i = 0; i < LiveReload.MAX_STREAMS; i++) {
                Socket stream = new Socket("127.0.0.1", server.port());
                streams.add(stream);
                send(stream, events);
                assertEquals("HTTP/1.1 200 OK", statusLine(stream), "stream " + i);
            }
            String refused = request(server.port(), events.substring(0, events.length() - 2));
            assertTrue(refused.startsWith("HTTP/1.1 503"), refused);
            assertTrue(refused.contains("close some tabs"), refused);
            assertEquals(200, status(raw(server.port(), "/")), "pages are still served");

            // Closed tabs make room again.
            for (Socket stream : streams.subList(0, 8)) {
                stream.close();
            }
            try (Socket again = new Socket("127.0.0.1", server.port())) {
                send(again, events);
                assertEquals("HTTP/1.1 200 OK", statusLine(again));
            }
        } finally {
            for (Socket stream : streams) {
                stream.close();
            }
        }
    }

    @Test
    void halfSentRequestsDoNotBlockTheOthers() throws Exception {
        Path site = dir.resolve("public");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "home");
        List<Socket> slow = new ArrayList<>();
        try (DevServer server = DevServer.start(site, "127.0.0.1", 0, "/")) {
            // Twice as many as the four workers serve once had; each sends its first line and stops.
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                slow.add(socket);
                send(socket, "GET / HTTP/1.1\r\nHost: localhost\r\n");
            }
            assertTrue(raw(server.port(), "/").contains("home"));
        } finally {
            for (Socket socket : slow) {
                socket.close();
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
        String tag = LiveReloadScript.TAG;
        assertEquals("<p>x</p>" + tag + "</BODY></html>", inject("<p>x</p></BODY></html>"));
        assertEquals("<p></body> in text</p>" + tag + "</body>", inject("<p></body> in text</p></body>"));
        assertEquals("<p>fragment</p>" + tag, inject("<p>fragment</p>"));
        assertEquals("<p>ö</p>" + tag + "</body>", inject("<p>ö</p></body>"));
    }

    private static String inject(String html) {
        return new String(LiveReloadScript.inject(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void problemsGoAsOneLineOfJson() {
        String json = ProblemsJson.of(List.of(Problem.error("content/a.md", 3, 7, "bad \"quote\"\nand line"),
                Problem.warning("site.yaml", 0, 0, "whole file")));
        assertEquals("[{\"file\":\"content/a.md\",\"line\":3,\"column\":7,\"severity\":\"error\","
                + "\"message\":\"bad \\\"quote\\\"\\nand line\"},{\"file\":\"site.yaml\",\"line\":1,\"column\":1,"
                + "\"severity\":\"warning\",\"message\":\"whole file\"}]", json);
    }

    private static String raw(int port, String path) throws IOException {
        return request(port, "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
    }

    /** Sends the request line and headers given, then "Connection: close", and reads the whole answer. */
    static String request(int port, String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            send(socket, head + "Connection: close\r\n\r\n");
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** The first line of the answer on {@code socket}, read byte by byte so the stream stays open. */
    static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(20_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.append((char) b);
        }
        return line.toString().strip();
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
