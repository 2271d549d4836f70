package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.TestSite;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** serve as a process of its own: slow clients, Ctrl+C and what it leaves in the temporary folder. */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServeProcessTest {
    @TempDir
    Path dir;

    @Test
    void clientsThatSendHalfARequestAreCutOffAndPagesAreServedAgain() throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<Socket> slow = new ArrayList<>();
        try (ServeProcess serve = ServeProcess.start(site, tmp)) {
            // More than there are workers: each holds one while the server waits for the rest of its headers.
            for (int i = 0; i < DevServer.WORKERS + 8; i++) {
                Socket socket = new Socket("127.0.0.1", serve.port());
                slow.add(socket);
                DevServerTest.send(socket, "GET / HTTP/1.1\r\nHost: localhost:" + serve.port() + "\r\n");
            }
            for (Socket socket : slow) {
                assertTrue(closedByServer(socket), "a half-sent request is closed within 60 s");
            }
            String page = DevServerTest.request(serve.port(), "GET /guides/alpha/ HTTP/1.1\r\nHost: localhost:"
                    + serve.port() + "\r\n");
            assertTrue(page.startsWith("HTTP/1.1 200") && page.contains("The first version."), page);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** Whether the server ends the connection (end of stream or reset) before a generous timeout. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(60_000);
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException e) {
            return true; // reset
        }
    }

    @Test
    void ctrlCDeletesTheTemporarySite() throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        try (ServeProcess serve = ServeProcess.start(site, tmp)) {
            List<Path> served = served(tmp);
            assertEquals(1, served.size(), served.toString());
            assertTrue(Files.isRegularFile(served.get(0).resolve("public/guides/alpha/index.html")));
            int exit = serve.interrupt();
            assertTrue(exit != 0, "stopped by the signal: " + exit);
            assertFalse(Files.exists(served.get(0)), "Ctrl+C deletes the temporary site: " + serve.output());
        }
    }

    @Test
    void theNextServeRemovesTheSiteOfAKilledOneAndNothingElse() throws Exception {
        Path site = TestSite.write(dir.resolve("site"), ServeUnderTest.SITE).dir();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path killed = Files.createDirectories(tmp.resolve(TemporarySite.PREFIX + "killed"));
        Files.writeString(killed.resolve(TemporarySite.MARKER), deadPid() + "\n");
        Files.createDirectories(killed.resolve("public/reports"));
        Files.writeString(killed.resolve("public/reports/index.html"), "internal");
        Path unmarked = Files.createDirectories(tmp.resolve(TemporarySite.PREFIX + "unmarked"));
        try (ServeProcess serve = ServeProcess.start(site, tmp)) {
            assertFalse(Files.exists(killed), "the folder of a serve that was killed is removed");
            assertTrue(Files.isDirectory(unmarked), "a folder without the marker is not ours to delete");
        }
    }

    private static List<Path> served(Path tmp) throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.filter(p -> p.getFileName().toString().startsWith(TemporarySite.PREFIX)).toList();
        }
    }

    /** The id of a process that has ended. */
    static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }
}
