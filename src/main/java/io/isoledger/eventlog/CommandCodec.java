package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.command.Command;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The commands topic's JSON: the envelope's fields, the command's type and its payload. */
public final class CommandCodec {

    private CommandCodec() {}

    public static byte[] encode(CommandEnvelope envelope) {
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
        try {
            return WireJson.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a command; throws {@link IllegalArgumentException} for anything it cannot read. */
    public static CommandEnvelope decode(byte[] bytes) {
        try {
            JsonNode node = WireJson.MAPPER.readTree(bytes);
            String ceType = node.path("type").asText();
            WireType<Command> type = CommandTypes.ALL
                    .byCeType(ceType)
                    .orElseThrow(() -> new IllegalArgumentException("unknown command type " + ceType));
            Command command = WireJson.MAPPER.treeToValue(node.get("payload"), type.javaType());
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
}
