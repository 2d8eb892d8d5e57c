package io.isoledger.eventlog;

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
        List<String> eventTypes,
        Rejection rejection,
        String detail,
        List<Violation> violations) {

    public static Reply accepted(String commandId, String patientId, long version, List<String> eventTypes) {
        return new Reply(commandId, patientId, true, version, eventTypes, null, null, List.of());
    }

    public static Reply rejected(
            String commandId, String patientId, long version, Rejection rejection, String detail, List<Violation> v) {
        return new Reply(commandId, patientId, false, version, List.of(), rejection, detail, v);
    }
}
