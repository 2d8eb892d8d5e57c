package io.isoledger.decider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The state store's snapshot format. It is derived data: when its format changes, the snapshot
 * version changes, and an older snapshot read back is refused ({@link StaleSnapshotException}) until
 * {@link StaleStateRepair} has rebuilt it from the events topic.
 */
public final class PatientStateSerde {

    static final int SNAPSHOT_VERSION = 2;

    private PatientStateSerde() {}

    public static Serde<PatientState> serde() {
        Serializer<PatientState> serializer = (topic, state) -> state == null ? null : encode(state);
        Deserializer<PatientState> deserializer = (topic, bytes) -> bytes == null ? null : decode(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** The snapshot of a state, as the state store and the {@code patient_state} read model keep it. */
    public static byte[] encode(PatientState state) {
        ObjectNode node = WireJson.MAPPER.createObjectNode();
        node.put("snapshotVersion", SNAPSHOT_VERSION);
        node.set("state", WireJson.MAPPER.valueToTree(state));
        try {
            return WireJson.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The state of a snapshot.
     *
     * @throws StaleSnapshotException if the snapshot was written in another format
     */
    public static PatientState decode(byte[] bytes) {
        try {
            JsonNode node = WireJson.MAPPER.readTree(bytes);
            int version = node.path("snapshotVersion").asInt();
            if (version != SNAPSHOT_VERSION) {
                throw new StaleSnapshotException(version);
            }
            return WireJson.MAPPER.treeToValue(node.get("state"), PatientState.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
