package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostGuardTest {
    private final HostGuard guard = new HostGuard("devbox.lan", 8080);

    @Test
    void acceptsNamesNoOneCanPointElsewhereAtTheServersPort() {
        for (String host : List.of("localhost:8080", "localhost.:8080", "docs.localhost:8080", "127.0.0.1:8080",
                "192.168.1.20:8080", "[::1]:8080", "[fe80::1]:8080", "devbox.lan:8080", "DevBox.LAN:8080")) {
            assertTrue(guard.allowsHost(host), host);
        }
    }

    @Test
    void refusesOtherNamesOtherPortsAndMalformedValues() {
        for (String host : List.of("evil.example:8080", "localhost.evil.example:8080", "127.0.0.1.nip.io:8080",
                "localhost", "localhost:8081", "localhost:80800", "localhost:", ":8080", "256.0.0.1:8080",
                "[::1]", "[::1]8080", "::1:8080", "[fe80::1%25eth0]:8080", "devbox.lan.evil.example:8080",
                "localhost:8080:8080", "")) {
            assertFalse(guard.allowsHost(host), host);
        }
        assertTrue(new HostGuard("127.0.0.1", 80).allowsHost("localhost"), "port 80 may go unnamed");
    }

    @Test
    void anOriginMustBeThePageOriginTheHostNames() {
        assertTrue(guard.refusal(List.of("localhost:8080"), null).isEmpty());
        assertTrue(guard.refusal(List.of("localhost:8080"), List.of("http://localhost:8080")).isEmpty());
        assertEquals(403, guard.refusal(List.of("localhost:8080"), List.of("http://127.0.0.1:8080")).orElseThrow()
                .status());
        assertEquals(403, guard.refusal(List.of("localhost:8080"), List.of("null")).orElseThrow().status());
        assertEquals(421, guard.refusal(null, null).orElseThrow().status());
        assertEquals(421, guard.refusal(List.of("localhost:8080", "localhost:8080"), null).orElseThrow().status());
    }
}
