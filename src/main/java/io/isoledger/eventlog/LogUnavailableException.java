package io.isoledger.eventlog;

/**
 * The command could not be decided in time: the broker is away, or no reply came. Nothing is
 * reported as done; the caller may retry.
 */
public class LogUnavailableException extends RuntimeException {

    public LogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
