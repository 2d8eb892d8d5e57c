package io.isoledger.config;

import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code isoledger.dev-kafka.*}, a group of {@link IsoLedgerConfig}: the Kafka broker dev mode starts
 * in a process of its own, on loopback. Read in dev mode only.
 */
public interface DevKafkaConfig {

    /** False: dev mode uses whatever broker {@code kafka.bootstrap.servers} names. */
    @WithDefault("true")
    boolean enabled();

    /** The broker's port (its clients'). */
    @Min(1)
    @Max(65535)
    @WithDefault("19092")
    int port();

    /** The port of the broker's KRaft controller. */
    @Min(1)
    @Max(65535)
    @WithDefault("19093")
    int controllerPort();
}
