package io.isoledger.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Kafka answers: without it no write is decided and no event projected. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    static final String NAME = "kafka";

    @Inject
    KafkaProbe probe;

    @Override
    public HealthCheckResponse call() {
        KafkaProbe.Snapshot kafka = probe.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(kafka.reachable());
        if (kafka.reachable()) {
            response.withData("cluster-id", kafka.clusterId()).withData("nodes", kafka.nodes());
        } else {
            response.withData("error", kafka.error());
        }
        return response.build();
    }
}
