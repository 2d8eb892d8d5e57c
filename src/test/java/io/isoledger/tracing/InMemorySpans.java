package io.isoledger.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps every finished span in memory, in place of any exporter: enabled only by {@link
 * CommandTraceTest}'s profile, so no other test's instance accumulates spans.
 */
@Alternative
@Priority(1)
@Singleton
public class InMemorySpans {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
