package io.cxsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxsite.diagnostics.Problem;
import io.cxsite.render.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A small static file server for the built site, with live reload. It answers GET and HEAD only,
 * maps {@code /dir/} to {@code dir/index.html}, answers misses with the site's {@code 404.html},
 * and never serves a file outside the root folder (paths are normalised and checked, symbolic links
 * resolved). Every HTML page it serves gets the live-reload script before {@code </body>}; the
 * script's event stream and the script itself live under {@code /__cxsite/} ({@link LiveReload}).
 * Files are read under a lock that the builder holds while it writes, so a page never comes from
 * half of a rebuild.
 */
public final class DevServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final Lock reading;
    private final LiveReload live = new LiveReload();

    private DevServer(HttpServer server, Path root, String basePath, Lock reading) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
        this.reading = reading;
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
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        DevServer dev = new DevServer(server, root.toAbsolutePath().normalize(), basePath, reading);
        server.createContext("/", dev::handle);
        // Open event streams hold no thread: the handler returns and the stream stays open.
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "cxsite-serve");
            t.setDaemon(true);
            return t;
        }));
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
        if (path.equals(LiveReload.EVENTS) && exchange.getRequestMethod().equals("GET")) {
            live.connect(exchange);
            return;
        }
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8",
                        LiveReload.SCRIPT_TEXT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            reading.lock();
            byte[] body;
            int status = 200;
            String type;
            try {
                Optional<Path> file = resolve(path);
                Path notFound = root.resolve("404.html");
                if (file.isPresent()) {
                    type = MediaTypes.of(file.get().toString());
                    body = Files.readAllBytes(file.get());
                } else {
                    status = 404;
                    type = "text/html; charset=utf-8";
                    body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                            : "not found\n".getBytes(StandardCharsets.UTF_8);
                }
            } finally {
                reading.unlock();
            }
            // Only what is served carries the script: the built files stay as a build writes them.
            send(exchange, status, type, type.startsWith("text/html") ? LiveReload.inject(body) : body);
        }
    }

    /** The file a request path names, if it lies inside the root. */
    Optional<Path> resolve(String rawPath) throws IOException {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        String relative = path.substring(basePath.length());
        if (relative.contains("\0") || relative.contains("\\")) {
            return Optional.empty();
        }
        Path candidate = root.resolve(relative).normalize();
        if (!candidate.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        // A symbolic link inside the output must not lead outside it.
        if (!candidate.toRealPath().startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(candidate);
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
    }
}
