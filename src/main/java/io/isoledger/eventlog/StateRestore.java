package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.PatientState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * An operator's repair of the decider's state: a patient's state folded from the events topic,
 * sent through the commands topic so that only the owner of the patient's partition writes it.
 * It is an instruction to the event log, not a clinical command, and appends no event.
 */
public record StateRestore(String commandId, PatientState snapshot) {

    static final String TYPE = "isoledger.RestorePatientState.v1";

    byte[] encode() {
        ObjectNode node = WireJson.MAPPER.createObjectNode();
        node.put("type", TYPE);
        node.put("commandId", commandId);
        node.set("snapshot", WireJson.MAPPER.valueToTree(snapshot));
        try {
            return WireJson.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The restore a commands-topic record carries, if it is one. */
    static Optional<StateRestore> from(byte[] bytes) {
        try {
            JsonNode node = WireJson.MAPPER.readTree(bytes);
            if (node == null || !TYPE.equals(node.path("type").asText())) {
                return Optional.empty();
            }
            PatientState snapshot = WireJson.MAPPER.treeToValue(node.get("snapshot"), PatientState.class);
            return Optional.of(new StateRestore(node.path("commandId").asText(), snapshot));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
