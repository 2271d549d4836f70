package io.cxsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxsite.diagnostics.Problem;
import io.cxsite.render.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A small static file server for the built site, with live reload. It answers GET and HEAD only,
 * maps {@code /dir/} to {@code dir/index.html}, answers misses with the site's {@code 404.html},
 * and never serves a file outside the root folder (paths are normalised and checked, symbolic links
 * resolved, the 404 page too). It answers only requests for a loopback name, an IP address or the
 * name it was bound to ({@link HostGuard}, against DNS rebinding), with 421 to any other. Every
 * HTML page it serves gets the live-reload script before {@code </body>}; the script's event
 * stream and the script itself live under {@code /__cxsite/} ({@link LiveReload}). Files are read
 * under a lock that the builder holds while it writes, so a page never comes from half of a
 * rebuild.
 *
 * <p>A client that sends half a request holds a worker thread while the JDK's server waits for
 * the rest. {@link #WORKERS} workers, and the JDK's limit {@code sun.net.httpserver.maxReqTime}
 * (closing a connection whose request line and headers are not in after
 * {@link #REQUEST_SECONDS}), keep a few such clients from blocking the pages.
 */
public final class DevServer implements AutoCloseable {
    /** Workers answering requests; an open event stream holds none. */
    static final int WORKERS = 64;
    /** Seconds a client may take to send its request line and headers; a browser takes milliseconds. */
    static final int REQUEST_SECONDS = 5;
    private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

    static {
        // The JDK's server reads its limits once, when its classes load with the first server of the
        // JVM, so this must come before HttpServer.create (in serve nothing creates one earlier). A
        // value set on the command line wins. Responses get no limit: event streams stay open for hours.
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, Integer.toString(REQUEST_SECONDS));
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ServedPaths paths;
    private final Lock reading;
    private final HostGuard guard;
    private final LiveReload live = new LiveReload();
    private final String basePath;
    /** False for a preview of a finished folder: files go out exactly as built, with no live-reload script. */
    private final boolean liveReload;

    private DevServer(HttpServer server, ThreadPoolExecutor workers, Path root, String basePath, Lock reading,
            HostGuard guard, boolean liveReload) {
        this.server = server;
        this.workers = workers;
        this.paths = new ServedPaths(root, basePath);
        this.reading = reading;
        this.guard = guard;
        this.basePath = basePath;
        this.liveReload = liveReload;
    }

    /**
     * Starts serving {@code root} at {@code http://bind:port/basePath}. Port 0 picks a free port.
     */
    public static DevServer start(Path root, String bind, int port, String basePath) throws IOException {
        return start(root, bind, port, basePath, new ReentrantReadWriteLock().readLock());
    }

    /** As {@link #start(Path, String, int, String)}, reading files under {@code reading}. */
    public static DevServer start(Path root, String bind, int port, String basePath, Lock reading)
            throws IOException {
        return start(root, bind, port, basePath, reading, true);
    }

    /**
     * Serves a finished folder exactly as it is, at {@code basePath}: no live reload, nothing added to
     * a page; {@code /} leads to the base path. Port 0 picks a free port.
     */
    public static DevServer preview(Path root, String bind, int port, String basePath) throws IOException {
        return start(root, bind, port, basePath, new ReentrantReadWriteLock().readLock(), false);
    }

    private static DevServer start(Path root, String bind, int port, String basePath, Lock reading,
            boolean liveReload) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        // Open event streams hold no thread: the handler returns and the stream stays open.
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "cxsite-serve");
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        DevServer dev = new DevServer(server, workers, root.toAbsolutePath().normalize(), basePath, reading,
                new HostGuard(bind, server.getAddress().getPort()), liveReload);
        server.createContext("/", dev::handle);
        server.setExecutor(workers);
        server.start();
        return dev;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every open page reloads: call after a good rebuild has written its pages. */
    public void reload() {
        live.reload();
    }

    /** Every open page shows {@code problems} over itself until the next {@link #reload()}. */
    public void problems(List<Problem> problems) {
        live.problems(problems);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        Optional<HostGuard.Refusal> refusal = guard.refusal(exchange.getRequestHeaders().get("Host"),
                exchange.getRequestHeaders().get("Origin"));
        boolean events = liveReload && path.equals(LiveReload.EVENTS) && method.equals("GET");
        if (refusal.isEmpty() && events && live.connect(exchange)) {
            return; // the stream stays open
        }
        try (exchange) {
            if (refusal.isPresent()) {
                sendText(exchange, refusal.get().status(), refusal.get().message());
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed");
            } else if (events) {
                sendText(exchange, 503, "cxsite serve: " + LiveReload.MAX_STREAMS + " pages listen for changes"
                        + " already; close some tabs and reload this one.");
            } else if (liveReload && path.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8",
                        LiveReloadScript.TEXT.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/") && !basePath.equals("/")) {
                // The site lives under its base path, as it will when published.
                exchange.getResponseHeaders().set("Location", basePath);
                sendText(exchange, 302, "the site is at " + basePath);
            } else {
                sendFile(exchange, path);
            }
        }
    }

    /** The file {@code path} names, or the site's 404 page. */
    private void sendFile(HttpExchange exchange, String path) throws IOException {
        reading.lock();
        byte[] body;
        int status = 200;
        String type;
        try {
            Optional<Path> file = paths.resolve(path);
            if (file.isPresent()) {
                type = MediaTypes.of(file.get().toString());
                body = Files.readAllBytes(file.get());
            } else {
                Optional<Path> notFound = paths.notFoundPage();
                status = 404;
                type = "text/html; charset=utf-8";
                body = notFound.isPresent() ? Files.readAllBytes(notFound.get())
                        : "not found\n".getBytes(StandardCharsets.UTF_8);
            }
        } finally {
            reading.unlock();
        }
        // Only what is served carries the script: the built files stay as a build writes them.
        send(exchange, status, type, liveReload && type.startsWith("text/html") ? LiveReloadScript.inject(body) : body);
    }

    private static void sendText(HttpExchange exchange, int status, String line) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        live.close();
        server.stop(0);
        workers.shutdownNow();
    }
}
