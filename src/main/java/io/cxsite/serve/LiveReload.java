package io.cxsite.serve;

import com.sun.net.httpserver.HttpExchange;
import io.cxsite.diagnostics.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live reload for pages open in a browser: each holds a server-sent-events stream at
 * {@link #EVENTS}, opened by the script at {@link #SCRIPT} ({@link LiveReloadScript}) that the dev
 * server adds to every HTML page it serves (the files on disk never carry it). After a good rebuild the stream says
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
    /** Comment lines keep idle streams open through proxies and find the closed ones. */
    static final long HEARTBEAT_SECONDS = 15;
    /** Open streams at most: plenty for the tabs of one author, far below the file descriptor limit. */
    static final int MAX_STREAMS = 64;
    private static final String PING = ": ping\n\n";

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
        String json = ProblemsJson.of(list);
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

    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(Client::close);
        clients.clear();
    }
}
