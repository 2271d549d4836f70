package io.cxsite.metrics;

import java.util.Comparator;
import java.util.Optional;

/** Which snapshot: a period, for all customers ({@code segment} "") or for one segment. */
record SnapshotKey(Period period, String segment) implements Comparable<SnapshotKey> {
    private static final Comparator<SnapshotKey> ORDER = Comparator.comparing(SnapshotKey::period)
            .thenComparing(SnapshotKey::segment);

    static SnapshotKey of(Period period, Optional<String> segment) {
        return new SnapshotKey(period, segment.orElse(""));
    }

    static SnapshotKey of(Snapshot snapshot) {
        return of(snapshot.period(), snapshot.segment());
    }

    Optional<String> segmentIfAny() {
        return segment.isEmpty() ? Optional.empty() : Optional.of(segment);
    }

    // Written out rather than left to the record: every chart and card looks snapshots up by key.
    @Override
    public boolean equals(Object other) {
        return other instanceof SnapshotKey k && k.period.equals(period) && k.segment.equals(segment);
    }

    @Override
    public int hashCode() {
        return period.hashCode() * 31 + segment.hashCode();
    }

    @Override
    public int compareTo(SnapshotKey other) {
        return ORDER.compare(this, other);
    }
}
