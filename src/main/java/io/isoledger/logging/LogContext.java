package io.isoledger.logging;

import java.util.Optional;
import org.jboss.logging.MDC;

/**
 * The MDC entries of IsoLedger's log lines. {@value #CORRELATION_ID}: the correlation id of the
 * request, and of the decider's and the projectors' work for the command it sent (the command's and
 * its events' {@code ce_correlationid}), so one search finds every line of a write. OpenTelemetry
 * adds {@code traceId} and {@code spanId} to the same MDC; the JSON log lines carry all of it.
 */
public final class LogContext {

    public static final String CORRELATION_ID = "correlationId";

    private LogContext() {}

    /**
     * Puts the correlation id in the MDC until the returned scope closes, which puts back what was
     * there before. A null or blank id takes the entry away for the scope.
     */
    public static Scope correlation(String correlationId) {
        Object previous = MDC.get(CORRELATION_ID);
        set(correlationId);
        return () -> set(previous == null ? null : previous.toString());
    }

    /** Puts the correlation id in the MDC for the rest of the current request or thread. */
    public static void correlate(String correlationId) {
        set(correlationId);
    }

    /** The correlation id in the MDC, if any. */
    public static Optional<String> correlationId() {
        Object value = MDC.get(CORRELATION_ID);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    private static void set(String correlationId) {
        if (correlationId == null || correlationId.isBlank()) {
            MDC.remove(CORRELATION_ID);
        } else {
            MDC.put(CORRELATION_ID, correlationId);
        }
    }

    /** An MDC entry's lifetime, for try-with-resources. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
