package io.isoledger.config;

import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;

/** {@code isoledger.health.*}, a group of {@link IsoLedgerConfig}: the thresholds of the readiness checks. */
public interface HealthConfig {

    /** Readiness is down while the read-model projector is more records than this behind the events topic. */
    @PositiveOrZero
    @WithDefault("1000")
    long maxProjectorLag();

    /** How long an answer from Kafka is reused, so frequent probes do not hammer the brokers. */
    @WithDefault("5s")
    Duration kafkaCache();

    /** How long a probe waits for Kafka before it calls it unreachable. */
    @WithDefault("2s")
    Duration kafkaTimeout();
}
