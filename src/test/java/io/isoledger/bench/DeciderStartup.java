package io.isoledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isoledger.testsupport.ServiceInstance;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The decider's state of the seeded patients: rebuilt from the events topic on the running instance
 * ({@code POST /api/v1/admin/decider-state/rebuild}, which also writes it to the changelog), then
 * restored from the changelog by a fresh instance (new instance id, empty Kafka Streams state
 * directory) after the running one stopped: seconds from the fresh process's start until it decides
 * a command for each of a sample of patients spread over the partitions.
 */
final class DeciderStartup {

    static final String SECTION = "deciderStartup";
    private static final int SAMPLE = 24;
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final Results results;

    DeciderStartup(Results results) {
        this.results = results;
    }

    void rebuildFromEvents(ServiceProbe service) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer =
                service.post("/api/v1/admin/decider-state/rebuild", "admin", "", Duration.ofMinutes(60));
        double seconds = ReplayPhase.seconds(start);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The decider-state rebuild answered " + answer.statusCode());
        }
        JsonNode outcome = new ObjectMapper().readTree(answer.body());
        results.figure(SECTION, "rebuildFromEventsSeconds", seconds, "s");
        results.figure(
                SECTION, "rebuildFromEventsPatients", outcome.path("patients").asDouble(), "patients");
        results.figure(
                SECTION, "rebuildFromEventsRestored", outcome.path("restored").asDouble(), "patients");
        results.write();
    }

    /** Starts {@code fresh} and times it; the caller stopped the instance that held the partitions. */
    void restoreFromChangelog(ServiceInstance fresh, int patients) throws IOException, InterruptedException {
        long start = System.nanoTime();
        fresh.start();
        ServiceProbe service = new ServiceProbe(fresh.baseUri());
        double first = Double.NaN;
        for (int i = 0; i < SAMPLE; i++) {
            String patientId = SeededCourse.patientId(1 + (int) ((long) i * (patients - 1) / Math.max(1, SAMPLE - 1)));
            awaitDecided(fresh, service, patientId, start);
            if (i == 0) {
                first = ReplayPhase.seconds(start);
            }
        }
        results.figure(SECTION, "restoreFromChangelogFirstDecisionSeconds", first, "s");
        results.figure(SECTION, "restoreFromChangelogSeconds", ReplayPhase.seconds(start), "s");
        results.figure(SECTION, "restoredPatients", patients, "patients");
        results.note(
                SECTION,
                "restoreFromChangelogMeasures",
                "from the fresh JVM's start (its own start-up"
                        + " included) until commands of " + SAMPLE + " seeded patients spread over the partitions were"
                        + " decided (201)");
        results.write();
    }

    private static void awaitDecided(ServiceInstance fresh, ServiceProbe service, String patientId, long start) {
        String weight = "{\"weightKg\":59,\"measuredOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "\"}";
        try {
            Awaitility.await()
                    .atMost(LIMIT.minusNanos(System.nanoTime() - start))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100))
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> {
                        if (!fresh.isAlive()) {
                            throw new IllegalStateException("The fresh instance exited:\n" + fresh.logTail());
                        }
                        int status = service.post(
                                        "/api/v1/patients/" + patientId + "/weight",
                                        "prescriber",
                                        weight,
                                        Duration.ofSeconds(15))
                                .statusCode();
                        if (status != 201 && status != 503) {
                            throw new IllegalStateException(patientId + ": the fresh instance answered " + status);
                        }
                        return status == 201;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "The fresh instance decided nothing for " + patientId + " within " + LIMIT, e);
        }
    }
}
