package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import java.util.List;

/**
 * The decider's answer to one command, on the replies topic. {@code version} is the patient's
 * stream version after the command: what a client must wait for to read its own write.
 */
public record Reply(
        String commandId,
        String patientId,
        boolean accepted,
        long version,
        List<DecidedEvent> events,
        Rejection rejection,
        String detail,
        List<Violation> violations,
        Idempotency idempotency) {

    /** What an idempotency key did to this command; null when it carried none. */
    public enum Idempotency {
        /** First use of the key: the command was decided. */
        FIRST,
        /** The key was used before with the same request: this is the first answer again. */
        REPLAYED,
        /** The key was used before with another request: nothing was decided. */
        MISMATCH
    }

    /** An event the command appended: its name, its sequence number and its data as on the topic. */
    public record DecidedEvent(String type, long sequence, JsonNode data) {}

    public static Reply accepted(String commandId, String patientId, long version, List<DecidedEvent> events) {
        return new Reply(commandId, patientId, true, version, events, null, null, List.of(), null);
    }

    public static Reply rejected(
            String commandId, String patientId, long version, Rejection rejection, String detail, List<Violation> v) {
        return new Reply(commandId, patientId, false, version, List.of(), rejection, detail, v, null);
    }

    static Reply idempotencyMismatch(String commandId, String patientId, long version) {
        return new Reply(commandId, patientId, false, version, List.of(), null, null, List.of(), Idempotency.MISMATCH);
    }

    /** This reply as the answer to another command that carried the same key. */
    Reply replayedFor(String otherCommandId) {
        return new Reply(
                otherCommandId,
                patientId,
                accepted,
                version,
                events,
                rejection,
                detail,
                violations,
                Idempotency.REPLAYED);
    }

    Reply withIdempotency(Idempotency outcome) {
        return new Reply(commandId, patientId, accepted, version, events, rejection, detail, violations, outcome);
    }
}
