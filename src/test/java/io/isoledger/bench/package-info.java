/**
 * The benchmark ({@code ./mvnw -Pbench verify}, README "Benchmark"): starts a Kafka broker, PostgreSQL
 * and the packaged service, each in a process of its own, measures raw Kafka with Kafka's own tools,
 * drives the service with Gatling from another JVM, seeds and replays the events topic, times the
 * decider's start-up, and writes {@code target/bench/results.json} and {@code target/bench/report.html}.
 * {@link io.isoledger.bench.Benchmark} runs the phases in order; every other class is one phase or one
 * tool. Never run by the tests.
 */
package io.isoledger.bench;
