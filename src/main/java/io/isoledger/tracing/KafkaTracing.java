package io.isoledger.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Spans for the records IsoLedger sends and handles, joined into one trace by the W3C {@code
 * traceparent} (and {@code tracestate}) header each record carries. {@link #send} starts the span of
 * a record going out, a child of the current span (the HTTP request's), and writes its context into
 * the record's headers; {@link #handle} starts the span of a record being handled, a child of the
 * span whose context its headers carry; {@link #inject} writes the current span's context into the
 * headers of a record written while handling another (the decider's events and reply).
 *
 * <p>Span names follow OpenTelemetry's messaging conventions ({@code send isoledger.commands.v1},
 * {@code process isoledger.events.v1}); the attributes name the topic and the command or event type,
 * never a patient.
 */
@ApplicationScoped
public class KafkaTracing {

    static final String TRACER = "io.isoledger";

    private static final TextMapSetter<Headers> SETTER = (headers, key, value) -> {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };

    private static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    @Inject
    public KafkaTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(TRACER);
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** Traces nothing and writes no header: for a decider driven outside the service (a unit test). */
    public static KafkaTracing disabled() {
        return new KafkaTracing(OpenTelemetry.noop());
    }

    /** The span of a record sent to {@code topic}, of the given type; its context goes into {@code headers}. */
    public Span send(String topic, String type, Headers headers) {
        Span span = start("send", topic, type, SpanKind.PRODUCER, Context.current());
        propagator.inject(Context.current().with(span), headers, SETTER);
        return span;
    }

    /** The span of handling a record of {@code topic}: a child of the span its headers name, if any. */
    public Span handle(String topic, String type, Headers headers) {
        Context parent = propagator.extract(Context.root(), headers, GETTER);
        return start("process", topic, type, SpanKind.CONSUMER, parent);
    }

    /** Writes the current span's context into the headers of a record written while handling another. */
    public void inject(Headers headers) {
        propagator.inject(Context.current(), headers, SETTER);
    }

    private Span start(String operation, String topic, String type, SpanKind kind, Context parent) {
        var builder = tracer.spanBuilder(operation + " " + topic)
                .setParent(parent)
                .setSpanKind(kind)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.name", operation)
                .setAttribute("messaging.destination.name", topic);
        if (type != null) {
            builder.setAttribute("isoledger.type", type);
        }
        return builder.startSpan();
    }
}
