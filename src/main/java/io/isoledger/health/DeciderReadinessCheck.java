package io.isoledger.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The decider (Kafka Streams) is RUNNING: while it starts, rebalances or has failed, a write sent to
 * this instance would wait out its reply timeout. The Kafka Streams extension has no such readiness
 * check: its readiness check asks only that the source topics exist, and its state check is a
 * liveness check (replaced by {@link DeciderLivenessCheck}).
 */
@Readiness
@ApplicationScoped
public class DeciderReadinessCheck implements HealthCheck {

    static final String NAME = "decider";

    @Inject
    KafkaStreams streams;

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        return HealthCheckResponse.named(NAME)
                .status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name())
                .build();
    }
}
