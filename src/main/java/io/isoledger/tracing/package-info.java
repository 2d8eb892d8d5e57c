/**
 * Tracing across the topics: one OpenTelemetry trace follows a command from its HTTP request through
 * the commands topic, the decider and the events topic to every projector and back through the
 * replies topic, carried as a W3C {@code traceparent} header on each Kafka record ({@link
 * io.isoledger.tracing.KafkaTracing}). Spans are exported only when an exporter is configured
 * ({@link io.isoledger.tracing.ExportOnlyWhenConfigured}). Infrastructure: it imports nothing of the
 * service above the OpenTelemetry API.
 */
package io.isoledger.tracing;
