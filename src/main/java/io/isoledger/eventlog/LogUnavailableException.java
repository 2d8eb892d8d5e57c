package io.isoledger.eventlog;

/**
 * The command could not be decided in time: the broker is away, or no reply came. Nothing is
 * reported as done. Whether it was recorded is known only when it never left this instance;
 * once sent, the decider may still decide it, and a retry with the same Idempotency-Key tells.
 */
public class LogUnavailableException extends RuntimeException {

    private final boolean sent;

    public LogUnavailableException(String message, Throwable cause, boolean sent) {
        super(message, cause);
        this.sent = sent;
    }

    /** False when the command never reached the event log: then nothing was recorded. */
    public boolean sent() {
        return sent;
    }
}
