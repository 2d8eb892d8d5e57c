package io.isoledger.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a run measures and for how long, from system properties (the {@code bench} profile passes
 * them on from the Maven command line: {@code -Dbench.duration=10} for a smoke run).
 *
 * @param durationSeconds each load phase's length ({@code bench.duration}, 60)
 * @param warmupSeconds an unreported closed-loop warm-up before the phases ({@code bench.warmup}, 20)
 * @param users concurrent users of the closed loop ({@code bench.users}, 100)
 * @param rates the fixed command rates of the open phases, a second ({@code bench.rates}, 500,1000,2000)
 * @param replayEvents events seeded onto the events topic for the replay ({@code bench.replay.events},
 *     1,000,000: ten a patient, so 100,000 patients)
 * @param baselineRecords records of the raw producer and consumer runs ({@code bench.baseline.records},
 *     1,000,000)
 * @param phases the phases to run ({@code bench.phases}, all of them: load,kafkaBaseline,replay,reads,
 *     deciderStartup), e.g. {@code replay} alone while working on the projectors
 * @param serviceJvmOptions options for the service's JVMs, separated by spaces ({@code bench.service.jvm}, none),
 *     {@code {instance}} standing for each instance's id, e.g.
 *     {@code -XX:StartFlightRecording=filename=target/bench/service.jfr} to profile it
 */
record BenchSettings(
        int durationSeconds,
        int warmupSeconds,
        int users,
        List<Integer> rates,
        int replayEvents,
        int baselineRecords,
        Set<String> phases,
        List<String> serviceJvmOptions) {

    static final String ALL_PHASES = "load,kafkaBaseline,replay,reads,deciderStartup,failover";

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.duration", 60),
                Integer.getInteger("bench.warmup", 20),
                Integer.getInteger("bench.users", 100),
                list(System.getProperty("bench.rates", "500,1000,2000")).stream()
                        .map(Integer::valueOf)
                        .toList(),
                Integer.getInteger("bench.replay.events", 1_000_000),
                Integer.getInteger("bench.baseline.records", 1_000_000),
                Set.copyOf(list(System.getProperty("bench.phases", ALL_PHASES))),
                Arrays.stream(System.getProperty("bench.service.jvm", "").split("\\s+"))
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    /** The service's JVM options for one instance: {@code {instance}} becomes its id. */
    List<String> serviceJvmOptions(String instanceId) {
        return serviceJvmOptions.stream()
                .map(o -> o.replace("{instance}", instanceId))
                .toList();
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    int patients() {
        return Math.max(1, replayEvents / SeededCourse.EVENTS_PER_PATIENT);
    }
}
