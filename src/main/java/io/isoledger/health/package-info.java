/**
 * Liveness and readiness checks: the decider's and the consumers' threads, Kafka, projector lag
 * and unacknowledged dead letters; and the projector-lag gauges ({@link ProjectorLagMetrics}), from
 * the same count as the readiness check ({@link ProjectorLag}). Infrastructure layer: it may use
 * other infrastructure packages and the domain, never the web, write or feature packages.
 */
package io.isoledger.health;
