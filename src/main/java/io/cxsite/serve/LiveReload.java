package io.cxsite.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live reload for pages open in a browser: each holds a server-sent-events stream at
 * {@link #EVENTS}, opened by the script at {@link #SCRIPT} that the dev server adds to every HTML
 * page it serves (the files on disk never carry it). After a good rebuild the stream says
 * {@code reload}; after a failed one, {@code problems} with a JSON list of
 * {@code {file, line, column, severity, message}}, which the script shows over the page, the last
 * good build, until the next good build reloads it. A page that connects while the build is
 * broken is told the problems at once. At most {@link #MAX_STREAMS} streams are open at a time (each
 * holds a file descriptor); one more is answered 503.
 */
final class LiveReload implements AutoCloseable {
    /** Paths the dev server answers itself, outside every site path. */
    static final String PREFIX = "/__cxsite/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "live-reload.js";
    /** What goes before {@code </body>} of each HTML page served. */
    static final String TAG = "<script src=\"" + SCRIPT + "\"></script>\n";
    /** Comment lines keep idle streams open through proxies and find the closed ones. */
    static final long HEARTBEAT_SECONDS = 15;
    /** Open streams at most: plenty for the tabs of one author, far below the file descriptor limit. */
    static final int MAX_STREAMS = 64;
    private static final String PING = ": ping\n\n";

    static final String SCRIPT_TEXT = """
            // cxsite serve: reloads the page after each good rebuild, shows the problems of a failed one.
            (() => {
              const events = new EventSource("%s");
              let overlay = null;
              const hide = () => {
                if (overlay) {
                  overlay.remove();
                  overlay = null;
                }
              };
              const show = problems => {
                hide();
                overlay = document.createElement("div");
                overlay.id = "cxsite-problems";
                overlay.setAttribute("role", "alert");
                overlay.style.cssText = "position:fixed;left:0;right:0;top:0;max-height:70vh;overflow:auto;"
                  + "z-index:2147483647;margin:0;padding:1rem 1.25rem;background:#3a0b10;color:#fff4f4;"
                  + "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 4px 24px rgba(0,0,0,.5);"
                  + "text-align:left;white-space:pre-wrap";
                const title = document.createElement("strong");
                title.textContent = "cxsite: the build failed. This is the last good build; it reloads when the"
                  + " problems are fixed.";
                const list = document.createElement("ul");
                list.style.cssText = "margin:.75rem 0 0;padding:0;list-style:none";
                for (const p of problems) {
                  const item = document.createElement("li");
                  item.textContent = `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
                  list.append(item);
                }
                const close = document.createElement("button");
                close.type = "button";
                close.textContent = "Hide";
                close.style.cssText = "float:right;font:inherit;margin-left:1rem";
                close.addEventListener("click", hide);
                overlay.append(close, title, list);
                document.body.append(overlay);
              };
              // Marks the page as listening, for whoever (a person in devtools, a test) wonders.
              events.addEventListener("open", () => {
                document.documentElement.dataset.cxsiteLive = "listening";
              });
              events.addEventListener("reload", () => {
                hide();
                location.reload();
              });
              events.addEventListener("problems", event => show(JSON.parse(event.data)));
            })();
            """.formatted(EVENTS);

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cxsite-live-reload");
        t.setDaemon(true);
        return t;
    });
    /** The problems of the failing build, as sent; null while the last build was good. */
    private volatile String problems;

    LiveReload() {
        heartbeat.scheduleWithFixedDelay(() -> broadcast(PING), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /** One open stream. Writes come from the builder and the heartbeat, so they take turns. */
    private record Client(HttpExchange exchange, OutputStream body) {
        synchronized void send(String text) throws IOException {
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
        }

        void close() {
            exchange.close();
        }
    }

    /**
     * Keeps {@code exchange} open as an event stream, if there is room; the handler returns and the
     * stream stays. False when {@link #MAX_STREAMS} are open: the caller answers. Synchronized so that
     * streams opened at once cannot together pass the cap.
     */
    synchronized boolean connect(HttpExchange exchange) throws IOException {
        if (clients.size() >= MAX_STREAMS) {
            // A closed tab is only noticed when a write to its stream fails, which is the second write
            // after it closed: ping twice, then count again.
            broadcast(PING);
            broadcast(PING);
        }
        if (clients.size() >= MAX_STREAMS) {
            return false;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, exchange.getResponseBody());
        // The browser retries a lost stream after a second, e.g. while serve restarts.
        String hello = "retry: 1000\n\n";
        String failing = problems;
        if (failing != null) {
            hello += event("problems", failing);
        }
        try {
            client.send(hello);
            clients.add(client);
        } catch (IOException e) {
            client.close();
        }
        return true;
    }

    /** Every open page reloads. */
    void reload() {
        problems = null;
        broadcast(event("reload", "{}"));
    }

    /** Every open page shows {@code list} over itself; pages opened later too, until the next reload. */
    void problems(List<Problem> list) {
        String json = json(list);
        problems = json;
        broadcast(event("problems", json));
    }

    private void broadcast(String text) {
        for (Client client : clients) {
            try {
                client.send(text);
            } catch (IOException e) {
                clients.remove(client);
                client.close();
            }
        }
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    /** One JSON line (an event's data may not hold a newline). */
    static String json(List<Problem> list) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartArray();
            for (Problem p : list) {
                json.writeStartObject();
                json.writeStringField("file", p.path());
                json.writeNumberField("line", Math.max(p.line(), 1));
                json.writeNumberField("column", Math.max(p.column(), 1));
                json.writeStringField("severity", p.severity().label());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** {@code html} with {@link #TAG} before its last {@code </body>}, or at the end when it has none. */
    static byte[] inject(byte[] html) {
        byte[] tag = TAG.getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOfBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static int lastIndexOfBodyEnd(byte[] html) {
        byte[] end = "</body".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = html.length - end.length; i >= 0; i--) {
            for (int j = 0; j < end.length; j++) {
                if (Character.toLowerCase(html[i + j]) != end[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(Client::close);
        clients.clear();
    }
}
