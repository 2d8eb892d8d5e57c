package io.isoledger.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The decider's stream threads have not died. Down only in ERROR (or on its way there): Kafka
 * Streams gives up after an error it cannot handle, and only a restart brings the decider back.
 *
 * <p>It replaces the Kafka Streams extension's liveness check (disabled in application.properties),
 * which is down in every state but RUNNING and REBALANCING: also while the decider waits for its
 * broker or its topics at start-up (CREATED), where a restart helps nothing and an orchestrator
 * would restart the service in a loop for as long as Kafka is away.
 */
@Liveness
@ApplicationScoped
public class DeciderLivenessCheck implements HealthCheck {

    static final String NAME = "decider-threads";

    @Inject
    KafkaStreams streams;

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        boolean failed = state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR;
        return HealthCheckResponse.named(NAME)
                .status(!failed)
                .withData("state", state.name())
                .build();
    }
}
