package io.cxsite.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxsite.render.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A built site served as GitHub Pages serves a project site: the folder under {@code /repo/} on
 * 127.0.0.1, {@code index.html} for a folder, and {@code 404.html} with status 404 for anything else.
 * Bound before the build, so that the build can be given the port in its base URL.
 */
final class SiteServer implements AutoCloseable {
    static final String BASE_PATH = "/repo/";

    private final HttpServer server;
    private final ExecutorService workers;
    private volatile Path root;

    private SiteServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Listens on a free port of 127.0.0.1; answers 503 until {@link #serve} names the folder. */
    static SiteServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "site-server");
            thread.setDaemon(true);
            return thread;
        });
        SiteServer site = new SiteServer(server, workers);
        server.createContext("/", site::handle);
        server.setExecutor(workers);
        server.start();
        return site;
    }

    void serve(Path folder) {
        this.root = folder.toAbsolutePath().normalize();
    }

    /** {@code http://127.0.0.1:<port>/repo/} */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path folder = root;
            if (folder == null) {
                send(exchange, 503, "text/plain; charset=utf-8", "the site is still building".getBytes());
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (isFolderWithoutSlash(folder, path)) {
                // As GitHub Pages does: a folder without its slash is redirected, so relative links work.
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            Path file = resolve(folder, path);
            if (file == null) {
                Path notFound = folder.resolve("404.html");
                byte[] body = Files.exists(notFound) ? Files.readAllBytes(notFound) : "not found".getBytes();
                send(exchange, 404, MediaTypes.of("404.html"), body);
                return;
            }
            send(exchange, 200, MediaTypes.of(file.getFileName().toString()), Files.readAllBytes(file));
        }
    }

    /** The file a request path names, or null: outside /repo/, escaping the folder, or missing. */
    private static Path resolve(Path folder, String path) {
        if (path == null || !path.startsWith(BASE_PATH)) {
            return null;
        }
        Path file = folder.resolve(relative(path)).normalize();
        if (!file.startsWith(folder)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static boolean isFolderWithoutSlash(Path folder, String path) {
        if (path == null || path.endsWith("/")) {
            return false;
        }
        if ((path + "/").equals(BASE_PATH)) {
            return true;
        }
        return path.startsWith(BASE_PATH) && !path.contains("..") && Files.isDirectory(folder.resolve(relative(path)));
    }

    private static String relative(String path) {
        return path.substring(BASE_PATH.length());
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
