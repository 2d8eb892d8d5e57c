package io.isoledger.logging;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a log line may say of a failure. An exception's message may quote the input that caused it (a
 * value that did not parse, a row's values, a patient id), so a log line names the exception types
 * (and a database failure's SQLState) and keeps only the messages of the types known to quote no
 * input: Kafka's clients, the network, timeouts and the event log's own. The stack frames stay, for
 * whoever debugs.
 */
public final class SafeReasons {

    /** Messages of these types (by class name prefix) say what went wrong with a server, never with data. */
    private static final List<String> MESSAGES_KEPT = List.of(
            "org.apache.kafka.",
            "java.net.",
            "java.nio.channels.",
            "java.util.concurrent.TimeoutException",
            "io.isoledger.eventlog.LogUnavailableException");

    private static final int MAX_CAUSES = 16;

    private SafeReasons() {}

    /** The failure in one line: each type from the outermost to the root cause, as {@link #describe} does. */
    public static String of(Throwable failure) {
        StringBuilder reason = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure;
                t != null && seen.put(t, true) == null && seen.size() <= MAX_CAUSES;
                t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(describe(t));
        }
        return reason.toString();
    }

    /**
     * The failure to hand a logger as the exception of a line: the same types and stack frames, each
     * message replaced by what {@link #describe} allows.
     */
    public static Throwable redacted(Throwable failure) {
        return redacted(failure, new IdentityHashMap<>());
    }

    /** One exception: its class, its SQLState if it has one, and its message if its type keeps it. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            text.append(" [SQLState ").append(sql.getSQLState()).append(']');
        }
        String message = failure.getMessage();
        if (message != null && keepsMessage(failure)) {
            text.append(": ").append(message.replaceAll("\\s+", " "));
        }
        return text.toString();
    }

    private static boolean keepsMessage(Throwable failure) {
        String type = failure.getClass().getName();
        return MESSAGES_KEPT.stream().anyMatch(type::startsWith);
    }

    private static Throwable redacted(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, true) != null || seen.size() > MAX_CAUSES) {
            return null;
        }
        Redacted copy = new Redacted(describe(failure), redacted(failure.getCause(), seen));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** An exception as {@link #describe} tells it: printed, it reads as the original type. */
    static final class Redacted extends RuntimeException {

        Redacted(String description, Throwable cause) {
            super(description, cause, false, true);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
