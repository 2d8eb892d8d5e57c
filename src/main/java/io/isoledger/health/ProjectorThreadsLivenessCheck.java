package io.isoledger.health;

import io.isoledger.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * The projectors' threads are alive. Their loop survives every exception (it reopens its consumer),
 * so a dead thread means an error the process does not recover from: only a restart helps. Nothing
 * outside the process (Kafka, the database) is asked here: their absence is for readiness.
 */
@Liveness
@ApplicationScoped
public class ProjectorThreadsLivenessCheck implements HealthCheck {

    static final String NAME = "projector-threads";

    @Inject
    Instance<EventProjector> projectors;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean alive = true;
        for (EventProjector projector : projectors) {
            boolean running = projector.loopAlive();
            response.withData(projector.projector(), running ? "alive" : "dead");
            alive &= running;
        }
        return response.status(alive).build();
    }
}
