package io.cxsite.serve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Times the phases of one step of an incremental build. */
final class PhaseClock {
    private final Map<String, Double> phases = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Records the milliseconds since the last lap as {@code phase}. */
    void lap(String phase) {
        long now = System.nanoTime();
        phases.put(phase, (now - last) / 1e6);
        last = now;
    }

    Map<String, Double> phases() {
        return Collections.unmodifiableMap(phases);
    }
}
