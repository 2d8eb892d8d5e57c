package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.command.Command;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The commands topic's JSON. A {@link CommandEnvelope} is its fields, the command's type and its
 * payload; a {@link StateRestore} is its own type, its id and the folded snapshot.
 */
public final class CommandCodec {

    static final String RESTORE_TYPE = "isoledger.RestorePatientState.v1";

    private CommandCodec() {}

    public static byte[] encode(CommandRecord record) {
        ObjectNode node = record.accept(new CommandRecord.Visitor<>() {
            @Override
            public ObjectNode command(CommandEnvelope envelope) {
                return commandNode(envelope);
            }

            @Override
            public ObjectNode restore(StateRestore restore) {
                ObjectNode node = WireJson.MAPPER.createObjectNode();
                node.put("type", RESTORE_TYPE);
                node.put("commandId", restore.commandId());
                node.set("snapshot", WireJson.MAPPER.valueToTree(restore.snapshot()));
                return node;
            }
        });
        try {
            return WireJson.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a record, parsing it once; throws {@link IllegalArgumentException} for anything it cannot read. */
    public static CommandRecord decode(byte[] bytes) {
        try {
            JsonNode node = WireJson.MAPPER.readTree(bytes);
            String ceType = node.path("type").asText();
            if (RESTORE_TYPE.equals(ceType)) {
                PatientState snapshot = WireJson.MAPPER.treeToValue(required(node, "snapshot"), PatientState.class);
                return new StateRestore(node.path("commandId").asText(), snapshot);
            }
            WireType<Command> type = CommandTypes.ALL
                    .byCeType(ceType)
                    .orElseThrow(() -> new IllegalArgumentException("unknown command type " + ceType));
            Command command = WireJson.MAPPER.treeToValue(required(node, "payload"), type.javaType());
            return new CommandEnvelope(
                    node.path("commandId").asText(),
                    node.path("correlationId").asText(),
                    node.path("actor").asText(),
                    Instant.parse(node.path("receivedAt").asText()),
                    node.path("idempotencyKey").textValue(),
                    node.path("fingerprint").textValue(),
                    command);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable command: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }

    private static ObjectNode commandNode(CommandEnvelope envelope) {
        WireType<Command> type = CommandTypes.ALL.of(envelope.command());
        ObjectNode node = WireJson.MAPPER.createObjectNode();
        node.put("type", type.ceType());
        node.put("commandId", envelope.commandId());
        node.put("correlationId", envelope.correlationId());
        node.put("actor", envelope.actor());
        node.put("receivedAt", envelope.receivedAt().toString());
        node.put("idempotencyKey", envelope.idempotencyKey());
        node.put("fingerprint", envelope.fingerprint());
        node.set("payload", WireJson.MAPPER.valueToTree(envelope.command()));
        return node;
    }
}
