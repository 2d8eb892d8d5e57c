package io.isoledger.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Spans leave the service only when an OTLP endpoint is configured ({@code
 * QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}, or the traces-only {@code
 * QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}). Without one, Quarkus would send them to
 * {@code localhost:4317} and log every failure; this exporter, looked up only while neither is set,
 * takes the OTLP exporter's place and drops them. The spans are still made: their ids travel in the
 * Kafka headers and the log lines either way.
 */
@Singleton
public class ExportOnlyWhenConfigured {

    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = "", lookupIfMissing = true)
    SpanExporter noEndpointNoExport() {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
