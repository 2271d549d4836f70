package io.cxsite.serve;

import io.cxsite.cli.Cxsite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cxsite serve --port 0} running in this JVM on a thread of its own, as a person runs it:
 * the whole command line, its watcher, rebuilds and server. Closing it interrupts the command,
 * which stops serving and deletes its temporary folder.
 */
public final class ServeUnderTest implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving .* at (http://\\S+/) ");

    /** A small site to serve: a home and two guides, alpha ("The first version.") and beta linking to it. */
    public static final String SITE = """
            -- site.yaml --
            title: Live
            baseUrl: https://acme.example/live/
            -- content/_index.md --
            ---
            title: Home
            ---
            -- content/guides/alpha.md --
            ---
            title: Alpha
            ---
            The first version.
            -- content/guides/beta.md --
            ---
            title: Beta
            ---
            See [alpha](alpha.md).
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private String base;

    private ServeUnderTest(Path site) {
        thread = new Thread(() -> Cxsite.run(new String[] {"serve", "-s", site.toString(), "--port", "0"},
                new PrintWriter(out, true), new PrintWriter(err, true), Map.of()), "serve-under-test");
    }

    /** Starts serving {@code site} and waits, up to a minute, until the first build is served. */
    public static ServeUnderTest start(Path site) throws InterruptedException {
        ServeUnderTest serve = new ServeUnderTest(site);
        serve.thread.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(serve.out.toString());
            if (m.find()) {
                serve.base = m.group(1);
                return serve;
            }
            if (!serve.thread.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        serve.close();
        throw new AssertionError("serve did not start; out: " + serve.out + " err: " + serve.err);
    }

    /** The address serve printed, ending in a slash. */
    public String base() {
        return base;
    }

    /** What serve printed to standard output and error so far. */
    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(10_000);
    }
}
