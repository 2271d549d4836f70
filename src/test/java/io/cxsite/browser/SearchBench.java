package io.cxsite.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Drives the search benchmark page (bench/search-bench.sh) in headless Chromium with the CPU
 * slowed down through the DevTools protocol ({@code Emulation.setCPUThrottlingRate}), as a
 * mid-range phone would run it. Not a test:
 * {@code java -cp target/cxsite.jar:target/test-classes:DEPS io.cxsite.browser.SearchBench URL RATE RESULTS}
 * opens URL, waits until the page has posted its measurements to RESULTS (10 minutes at most),
 * and exits 0, or 1 when none came.
 */
public final class SearchBench {
    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SearchBench URL CPU_SLOWDOWN RESULTS.json");
            System.exit(2);
        }
        Path results = Path.of(args[2]);
        Browser browser = Browser.start(args[0], Files.createTempDirectory("search-bench"));
        int status = 1;
        try {
            browser.cdp("Emulation.setCPUThrottlingRate", Map.of("rate", Double.parseDouble(args[1])));
            browser.open("");
            for (int i = 0; i < 600 && !(Files.exists(results) && Files.size(results) > 0); i++) {
                Thread.sleep(1000);
            }
            status = Files.exists(results) && Files.size(results) > 0 ? 0 : 1;
        } finally {
            browser.close();
        }
        System.exit(status);
    }
}
