/**
 * Liveness and readiness checks: the decider's and the consumers' threads, Kafka, projector lag
 * and unacknowledged dead letters. Infrastructure layer: it may use other infrastructure packages
 * and the domain, never the web, write or feature packages.
 */
package io.isoledger.health;
