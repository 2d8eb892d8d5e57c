package io.isoledger.health;

import io.isoledger.projection.EventProjector;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many records a projector is behind the events topic, per partition: the topic's last stable
 * offset ({@link KafkaProbe}) minus the next offset the projector's database holds ({@link
 * EventProjector#storedOffsets()}), never negative. Counted over every partition of the topic,
 * whichever instance projects it; a partition never projected counts from offset 0. Counted in
 * offsets, it over-counts by the one commit marker a transaction leaves: a caught-up projector shows
 * up to one per partition. Read by the readiness check ({@link ProjectorLagReadinessCheck}) and the
 * gauges ({@link ProjectorLagMetrics}).
 */
final class ProjectorLag {

    private ProjectorLag() {}

    /** Partition → records behind, for each partition of the events topic's end offsets. */
    static Map<Integer, Long> perPartition(EventProjector projector, Map<Integer, Long> ends) {
        Map<Integer, Long> stored = projector.storedOffsets();
        Map<Integer, Long> lag = new TreeMap<>();
        ends.forEach((partition, end) -> lag.put(partition, Math.max(0, end - stored.getOrDefault(partition, 0L))));
        return lag;
    }

    static long total(EventProjector projector, Map<Integer, Long> ends) {
        return perPartition(projector, ends).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
