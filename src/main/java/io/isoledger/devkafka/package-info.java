/**
 * Dev mode and tests only: a real single-node Kafka broker in its own process ({@link
 * EmbeddedKafkaBroker}), started for {@code quarkus:dev} by {@link DevKafkaBroker}. Infrastructure
 * layer: it may use other infrastructure packages and the domain, never the web, write or feature
 * packages.
 */
package io.isoledger.devkafka;
