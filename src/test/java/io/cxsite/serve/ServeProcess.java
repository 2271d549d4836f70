package io.cxsite.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cxsite serve --port 0} in a JVM of its own, as a person starts it from a terminal: for
 * what only a fresh JVM shows (the JDK server's limits, read when its classes load) and for what
 * happens when the process is stopped with a signal.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving .* at http://[^:]+:(\\d+)/ ");

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private volatile int port;

    private ServeProcess(Process process) {
        this.process = process;
    }

    /** Starts serving {@code site} with {@code tmp} as the JVM's temporary folder; waits for the first build. */
    static ServeProcess start(Path site, Path tmp) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), "io.cxsite.cli.Cxsite", "serve", "-s", site.toString(),
                "--port", "0")).redirectErrorStream(true).start();
        ServeProcess serve = new ServeProcess(process);
        Thread reader = new Thread(serve::read, "serve-process-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (serve.port == 0 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (serve.port == 0) {
            serve.close();
            throw new AssertionError("serve did not start: " + serve.out);
        }
        return serve;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    int port() {
        return port;
    }

    String output() {
        return out.toString();
    }

    /** Sends SIGINT, as Ctrl+C in a terminal does, and waits for the process to end; its exit code. */
    int interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("serve did not stop on SIGINT: " + out);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
