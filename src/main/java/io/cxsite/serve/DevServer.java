package io.cxsite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxsite.render.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * A small static file server for the built site. It answers GET and HEAD only, maps {@code /dir/}
 * to {@code dir/index.html}, answers misses with the site's {@code 404.html}, and never serves a
 * file outside the root folder (paths are normalised and checked, symbolic links resolved).
 */
public final class DevServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final String basePath;

    private DevServer(HttpServer server, Path root, String basePath) {
        this.server = server;
        this.root = root;
        this.basePath = basePath;
    }

    /**
     * Starts serving {@code root} at {@code http://bind:port/basePath}. Port 0 picks a free port.
     */
    public static DevServer start(Path root, String bind, int port, String basePath) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        DevServer dev = new DevServer(server, root.toAbsolutePath().normalize(), basePath);
        server.createContext("/", dev::handle);
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            Optional<Path> file = resolve(uri.getRawPath());
            if (file.isPresent()) {
                send(exchange, 200, MediaTypes.of(file.get().toString()), Files.readAllBytes(file.get()));
                return;
            }
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                    : "not found\n".getBytes(StandardCharsets.UTF_8);
            send(exchange, 404, "text/html; charset=utf-8", body);
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
        server.stop(0);
    }
}
