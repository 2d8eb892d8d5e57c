package io.isoledger.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps every finished span in memory, in place of any exporter: an alternative without a
 * priority, enabled only by {@link CommandTraceTest}'s profile, so no other test's instance
 * accumulates spans or loses its exporter.
 */
@Alternative
@Singleton
public class InMemorySpans {

    @Produces
    @Singleton
    @Alternative
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
