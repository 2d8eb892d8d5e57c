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
 * QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}). Without one, Quarkus would send them to its default,
 * {@value #QUARKUS_DEFAULT}, and log every failure; this exporter, looked up only while the traces
 * endpoint is that default (Quarkus fills the setting in, so it is never missing), takes the OTLP
 * exporter's place and drops them. A collector really on this host's port 4317 is named without the
 * trailing slash, {@code http://localhost:4317}. The spans are still made: their ids travel in the
 * Kafka headers and the log lines either way.
 */
@Singleton
public class ExportOnlyWhenConfigured {

    static final String QUARKUS_DEFAULT = "http://localhost:4317/";

    @Produces
    @Singleton
    @LookupIfProperty(
            name = "quarkus.otel.exporter.otlp.traces.endpoint",
            stringValue = QUARKUS_DEFAULT,
            lookupIfMissing = true)
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
