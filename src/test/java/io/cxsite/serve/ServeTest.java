package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxsite.build.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxsite serve} end to end, in process: the server on a free port, its event stream, edits on disk. */
@Timeout(120)
class ServeTest {
    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ServeUnderTest serve;
    private String base;

    /** Starts {@code cxsite serve --port 0} on the site and waits until it serves. */
    private void serve(Path site) throws InterruptedException {
        serve = ServeUnderTest.start(site);
        base = serve.base();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The events of the live-reload stream, each as "name data", read on a thread of the client's. */
    private BlockingQueue<String> events() throws IOException, InterruptedException {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(URI.create(base + "__cxsite/events"))
                .build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            String name = "";
            try {
                for (String line : (Iterable<String>) stream.body()::iterator) {
                    if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        events.add(name + " " + line.substring(6));
                    } else if (line.startsWith("retry: ")) {
                        events.add("connected");
                    }
                }
            } catch (UncheckedIOException e) {
                // serve stopped at the end of the test
            }
        }, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
        assertEquals("connected", events.poll(10, TimeUnit.SECONDS));
        return events;
    }

    private static String next(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(30, TimeUnit.SECONDS);
        assertNotNull(event, "no event within 30 s");
        return event;
    }

    @Test
    void anEditReloadsOpenPagesWithTheNewContent() throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        serve(site);
        HttpResponse<String> page = get("guides/alpha/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("The first version."), page.body());
        assertTrue(page.body().contains("<script src=\"/__cxsite/live-reload.js\"></script>\n</body>"),
                "the live-reload script, just before </body>");
        HttpResponse<String> script = get("__cxsite/live-reload.js");
        assertTrue(script.body().contains("new EventSource(\"/__cxsite/events\")"), script.body());

        BlockingQueue<String> events = events();
        Files.writeString(site.resolve("content/guides/alpha.md"), "---\ntitle: Alpha\n---\nThe second version.\n");
        assertEquals("reload {}", next(events));
        assertTrue(get("guides/alpha/").body().contains("The second version."));
    }

    @Test
    void aBrokenEditShowsItsProblemsAndKeepsTheLastGoodPage() throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        serve(site);
        BlockingQueue<String> events = events();
        Files.writeString(site.resolve("content/guides/alpha.md"), "---\ntitle: Alpha\nThe front matter never closes.\n");
        String event = next(events);
        assertTrue(event.startsWith("problems "), event);
        JsonNode problems = new ObjectMapper().readTree(event.substring("problems ".length()));
        assertEquals(1, problems.size(), event);
        JsonNode problem = problems.get(0);
        assertEquals("content/guides/alpha.md", problem.get("file").asText());
        assertEquals(1, problem.get("line").asInt());
        assertEquals(1, problem.get("column").asInt());
        assertEquals("error", problem.get("severity").asText());
        assertTrue(problem.get("message").asText().contains("never closed"), event);
        assertTrue(get("guides/alpha/").body().contains("The first version."), "the last good page stays");

        // A page opened now learns of the problems at once.
        BlockingQueue<String> late = events();
        assertTrue(next(late).startsWith("problems "));

        Files.writeString(site.resolve("content/guides/alpha.md"), "---\ntitle: Alpha\n---\nFixed.\n");
        assertEquals("reload {}", next(events));
        assertTrue(get("guides/alpha/").body().contains("Fixed."));
        assertTrue(events().poll(1, TimeUnit.SECONDS) == null, "a page opened after the fix sees no problems");
    }

    @Test
    void wordsAndSiteSettingsRebuildToo() throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        serve(site);
        BlockingQueue<String> events = events();
        Path words = site.resolve("i18n/en.yaml");
        Files.createDirectories(words.getParent());
        Files.writeString(words, "allTags: Every tag there is\n");
        assertEquals("reload {}", next(events));
        assertTrue(get("guides/alpha/").body().contains("Every tag there is"));
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
                + "footer: Served live.\n", StandardCharsets.UTF_8);
        assertEquals("reload {}", next(events));
        assertTrue(get("guides/alpha/").body().contains("Served live."));
        assertFalse(serve.err().contains("error"), serve.err());
    }
}
