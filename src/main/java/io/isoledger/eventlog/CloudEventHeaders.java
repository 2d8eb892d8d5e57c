package io.isoledger.eventlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** CloudEvents 1.0 in Kafka binary mode: the attributes travel as {@code ce_} headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private CloudEventHeaders() {}

    public static void write(Headers headers, EventMetadata m) {
        put(headers, "ce_specversion", SPEC_VERSION);
        put(headers, "ce_id", m.eventId());
        put(headers, "ce_source", m.source());
        put(headers, "ce_type", m.ceType());
        put(headers, "ce_subject", m.patientId());
        put(headers, "ce_time", m.time().toString());
        put(headers, "content-type", CONTENT_TYPE);
        put(headers, "ce_sequence", Long.toString(m.sequence()));
        put(headers, "ce_correlationid", m.correlationId());
        put(headers, "ce_causationid", m.causationId());
        put(headers, "ce_actor", m.actor());
    }

    /** Reads the attributes back; a missing or malformed one is an {@link UnreadableEventException}. */
    public static EventMetadata read(Headers headers) {
        String specVersion = required(headers, "ce_specversion");
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new UnreadableEventException("unsupported CloudEvents specversion " + specVersion);
        }
        try {
            return new EventMetadata(
                    required(headers, "ce_id"),
                    required(headers, "ce_type"),
                    required(headers, "ce_source"),
                    required(headers, "ce_subject"),
                    Instant.parse(required(headers, "ce_time")),
                    Long.parseLong(required(headers, "ce_sequence")),
                    optional(headers, "ce_correlationid"),
                    optional(headers, "ce_causationid"),
                    optional(headers, "ce_actor"));
        } catch (RuntimeException e) {
            if (e instanceof UnreadableEventException u) {
                throw u;
            }
            throw new UnreadableEventException("malformed CloudEvents header: " + e.getMessage());
        }
    }

    private static void put(Headers headers, String key, String value) {
        if (value != null) {
            headers.add(key, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String required(Headers headers, String key) {
        String value = optional(headers, key);
        if (value == null) {
            throw new UnreadableEventException("missing header " + key);
        }
        return value;
    }

    private static String optional(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
