package io.isoledger.bench;

import java.io.IOException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Replay: seeds the events topic ({@link EventSeeder}), has every read model rebuilt
 * ({@code POST /api/v1/admin/read-models/rebuild}) and waits until no projector lags
 * ({@code isoledger_projector_lag_records} at most 1 on every partition: a caught-up projector shows
 * up to 1, a commit marker). Replay events/s is every event on the topic over that time. Then the
 * heap the service uses ({@code jvm_memory_used_bytes{area="heap"}}) and its resident set size.
 */
final class ReplayPhase {

    static final String SECTION = "replay";
    private static final Duration POLL = Duration.ofMillis(500);

    private final ServiceProbe service;
    private final Results results;

    ReplayPhase(ServiceProbe service, Results results) {
        this.service = service;
        this.results = results;
    }

    void run(String bootstrapServers, int patients, long servicePid) throws IOException, InterruptedException {
        long seedStart = System.nanoTime();
        long seeded = EventSeeder.seed(bootstrapServers, patients);
        results.figure(SECTION, "seededPatients", patients, "patients");
        results.figure(SECTION, "seededEvents", seeded, "events");
        results.figure(SECTION, "seedSeconds", seconds(seedStart), "s");
        // Every event on the topic: the seeded ones and those the decider appended during the load.
        double appended = service.metric("isoledger_events_appended_total", "", false);
        double events = seeded + (Double.isNaN(appended) ? 0 : appended);
        results.figure(SECTION, "events", events, "events");

        long start = System.nanoTime();
        int status = service.post("/api/v1/admin/read-models/rebuild", "admin", "", Duration.ofMinutes(1))
                .statusCode();
        if (status != 202) {
            throw new IllegalStateException("The read-model rebuild answered " + status);
        }
        awaitLag(lag -> lag > 1, Duration.ofSeconds(20)); // the reset shows in the gauge within its refresh
        Duration limit = Duration.ofSeconds(120 + (long) events / 200);
        if (!awaitLag(lag -> lag <= 1, limit)) {
            throw new IllegalStateException("The projectors still lag after " + limit);
        }
        double replaySeconds = seconds(start);
        results.figure(SECTION, "rebuildSeconds", replaySeconds, "s");
        results.figure(SECTION, "eventsPerSecond", events / replaySeconds, "events/s");
        double heap = service.metric("jvm_memory_used_bytes", "area=\"heap\"", false);
        results.figure(SECTION, "heapUsedAfterReplay", heap / 1024 / 1024, "MiB");
        results.figure(SECTION, "residentSetSizeAfterReplay", ResidentSetSampler.currentMiB(servicePid), "MiB");
        results.write();
    }

    /** Polls the largest lag of any projector and partition until {@code condition}; false on timeout. */
    private boolean awaitLag(java.util.function.DoublePredicate condition, Duration atMost) {
        try {
            Awaitility.await()
                    .atMost(atMost)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> {
                        double lag = service.metric("isoledger_projector_lag_records", "", true);
                        return !Double.isNaN(lag) && condition.test(lag);
                    });
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
