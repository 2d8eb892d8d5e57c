package io.isoledger.health;

import io.isoledger.eventlog.Topics;
import io.isoledger.projection.DeadLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while events this instance parked as dead letters since it started are unacknowledged: the
 * read models lack those events, and someone has to look. An operator acknowledges them with
 * {@code POST /api/v1/admin/dead-letters/acknowledge}.
 */
@Readiness
@ApplicationScoped
public class DeadLetterReadinessCheck implements HealthCheck {

    static final String NAME = "dead-letters";

    @Inject
    DeadLetters deadLetters;

    @Override
    public HealthCheckResponse call() {
        long unacknowledged = deadLetters.unacknowledged();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(unacknowledged == 0)
                .withData("unacknowledged", unacknowledged)
                .withData("topic", Topics.DEAD_LETTERS);
        deadLetters.parkedSinceStart().forEach((projector, count) -> response.withData("parked." + projector, count));
        if (unacknowledged > 0) {
            response.withData("acknowledge", "POST /api/v1/admin/dead-letters/acknowledge");
        }
        return response.build();
    }
}
