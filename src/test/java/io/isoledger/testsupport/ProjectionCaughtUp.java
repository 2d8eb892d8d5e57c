package io.isoledger.testsupport;

import io.restassured.RestAssured;
import java.time.Duration;

/**
 * Waits until the read models of the instance under test have caught up with the events topic. An
 * instance started for a test profile of its own starts on a fresh database, so its projector first
 * replays every event the earlier tests wrote; a write before it caught up is answered 202, not 201.
 */
public final class ProjectionCaughtUp {

    /** A caught-up projector still counts one commit marker per partition (12). */
    private static final int CAUGHT_UP = 12;

    private ProjectionCaughtUp() {}

    public static void await() {
        await(Duration.ofSeconds(180));
    }

    static void await(Duration atMost) {
        org.awaitility.Awaitility.await("the read-model projector caught up")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Integer lag = RestAssured.get("/q/health/ready")
                            .then()
                            .extract()
                            .path("checks.find { it.name == 'projector-lag' }.data.projector");
                    return lag != null && lag <= CAUGHT_UP;
                });
    }
}
