package io.isoledger.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * With no collector configured, the one span exporter is {@link ExportOnlyWhenConfigured}'s, which
 * drops the spans: Quarkus' OTLP exporter, which would try {@code localhost:4317} and log every
 * failure, stands aside (it does whenever an exporter bean resolves). {@link TraceExportTest} shows
 * the other way round.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class NoCollectorTest {

    @Test
    void withoutAnEndpoint_theSpansGoToTheExporterThatDropsThem() {
        var exporters = Arc.container().select(SpanExporter.class);

        assertThat(exporters.isResolvable()).isTrue();
        assertThat(exporters.getHandle().getBean().getBeanClass()).isEqualTo(ExportOnlyWhenConfigured.class);
    }
}
