package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            assertEquals("home", home.body());
            assertEquals("guides", client.send(HttpRequest.newBuilder(URI.create(base + "/guides/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/nope/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
            assertEquals("not here", missing.body());

            // HttpClient normalises "..", so speak raw HTTP like a hostile client would.
            for (String attack : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/guides/..%2f..%2fsecret.txt"}) {
                String response = raw(server.port(), attack);
                assertTrue(response.startsWith("HTTP/1.1 404"), attack + " -> " + response);
                assertTrue(!response.contains("secret"), attack);
            }
        }
    }

    private static String raw(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
