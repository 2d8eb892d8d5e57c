package io.isoledger.eventlog;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import io.isoledger.eventlog.Reply.DecidedEvent;
import java.util.List;

/**
 * The wire form of every {@link Reply} ({@link ReplyCodec}): one flat object whatever the outcome.
 * Its field names and their order are the replies topic's contract, unchanged since the first release;
 * a restore's answer ({@link Reply.Restored}) is the accepted one with a {@code detail}.
 */
public record ReplyWire(
        String commandId,
        String patientId,
        boolean accepted,
        long version,
        List<DecidedEvent> events,
        Rejection rejection,
        String detail,
        List<Violation> violations,
        Idempotency idempotency) {

    /** The same answer, given to another command. */
    ReplyWire answering(String otherCommandId, Idempotency outcome) {
        return new ReplyWire(
                otherCommandId, patientId, accepted, version, events, rejection, detail, violations, outcome);
    }

    /** What an idempotency key did to a command; null when it carried none. */
    enum Idempotency {
        /** First use of the key: the command was decided. */
        FIRST,
        /** The key was used before with the same request: this is the first answer again. */
        REPLAYED,
        /** The key was used before with another request: nothing was decided. */
        MISMATCH
    }
}
