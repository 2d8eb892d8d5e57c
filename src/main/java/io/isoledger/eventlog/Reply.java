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
        List<Violation> violations) {

    /** An event the command appended: its name, its sequence number and its data as on the topic. */
    public record DecidedEvent(String type, long sequence, JsonNode data) {}

    public static Reply accepted(String commandId, String patientId, long version, List<DecidedEvent> events) {
        return new Reply(commandId, patientId, true, version, events, null, null, List.of());
    }

    public static Reply rejected(
            String commandId, String patientId, long version, Rejection rejection, String detail, List<Violation> v) {
        return new Reply(commandId, patientId, false, version, List.of(), rejection, detail, v);
    }
}
