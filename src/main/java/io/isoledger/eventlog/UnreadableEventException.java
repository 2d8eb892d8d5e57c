package io.isoledger.eventlog;

/** A record on the events topic that this version of IsoLedger cannot read. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String reason) {
        super(reason);
    }
}
