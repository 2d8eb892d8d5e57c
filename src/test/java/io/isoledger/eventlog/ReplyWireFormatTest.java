package io.isoledger.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.decider.IdempotencyKeys;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Reply} is the same flat JSON on the replies topic, and in the store of idempotency
 * keys, as in the releases before the sealed type: instances of two releases read each other's
 * replies during a rolling upgrade. The expected strings are what the earlier release wrote.
 */
class ReplyWireFormatTest {

    private static final String EVENTS =
            "[{\"type\":\"WeightRecorded\",\"sequence\":3," + "\"data\":{\"patientId\":\"P-1\",\"weightKg\":58.50}}]";
    private static final String ACCEPTED = "{\"commandId\":\"c-1\",\"patientId\":\"P-1\",\"accepted\":true,"
            + "\"version\":3,\"events\":" + EVENTS + ",\"rejection\":null,\"detail\":null,\"violations\":[],"
            + "\"idempotency\":%s}";
    private static final String REJECTED = "{\"commandId\":\"c-2\",\"patientId\":\"P-1\",\"accepted\":false,"
            + "\"version\":2,\"events\":[],\"rejection\":\"RULE_VIOLATION\",\"detail\":\"No.\","
            + "\"violations\":[{\"rule\":\"R1\",\"message\":\"too young\"}],\"idempotency\":null}";
    private static final String MISMATCH = "{\"commandId\":\"c-3\",\"patientId\":\"P-1\",\"accepted\":false,"
            + "\"version\":4,\"events\":[],\"rejection\":null,\"detail\":null,\"violations\":[],"
            + "\"idempotency\":\"MISMATCH\"}";
    private static final String REPLAYED = "{\"commandId\":\"c-4\",\"patientId\":\"P-1\",\"accepted\":true,"
            + "\"version\":3,\"events\":" + EVENTS + ",\"rejection\":null,\"detail\":null,\"violations\":[],"
            + "\"idempotency\":\"REPLAYED\"}";
    private static final String RESTORED = "{\"commandId\":\"c-5\",\"patientId\":\"P-1\",\"accepted\":true,"
            + "\"version\":7,\"events\":[],\"rejection\":null,\"detail\":\"restored\",\"violations\":[],"
            + "\"idempotency\":null}";

    private final Reply.Accepted accepted = new Reply.Accepted("c-1", "P-1", 3, List.of(event()));
    private final Reply.Rejected rejected = new Reply.Rejected(
            "c-2", "P-1", 2, Rejection.RULE_VIOLATION, "No.", List.of(new Violation("R1", "too young")));

    @Test
    void eachOutcome_isWrittenAsBefore() {
        assertThat(json(ReplyCodec.encode(accepted))).isEqualTo(ACCEPTED.formatted("null"));
        assertThat(json(ReplyCodec.encode(accepted, true))).isEqualTo(ACCEPTED.formatted("\"FIRST\""));
        assertThat(json(ReplyCodec.encode(rejected))).isEqualTo(REJECTED);
        assertThat(json(ReplyCodec.encode(new Reply.IdempotencyMismatch("c-3", "P-1", 4))))
                .isEqualTo(MISMATCH);
        assertThat(json(ReplyCodec.encode(new Reply.Replayed("c-4", accepted), true)))
                .isEqualTo(REPLAYED);
        assertThat(json(ReplyCodec.encode(new Reply.Restored("c-5", "P-1", 7, true))))
                .isEqualTo(RESTORED);
    }

    @Test
    void eachOutcome_isReadAsItWasWritten() {
        assertThat(decode(ACCEPTED.formatted("null"))).isEqualTo(accepted);
        assertThat(decode(ACCEPTED.formatted("\"FIRST\""))).isEqualTo(accepted);
        assertThat(decode(REJECTED)).isEqualTo(rejected);
        assertThat(decode(MISMATCH)).isEqualTo(new Reply.IdempotencyMismatch("c-3", "P-1", 4));
        // The first command's id is not on the wire: the first answer reads as given to the retry.
        assertThat(decode(REPLAYED))
                .isEqualTo(new Reply.Replayed("c-4", new Reply.Accepted("c-4", "P-1", 3, accepted.events())));
        assertThat(decode(RESTORED)).isEqualTo(new Reply.Restored("c-5", "P-1", 7, true));
        assertThat(decode(RESTORED.replace("restored", "kept"))).isEqualTo(new Reply.Restored("c-5", "P-1", 7, false));
    }

    @Test
    void aRememberedFirstAnswer_isStoredAsBefore() throws Exception {
        var remembered = new IdempotencyKeys.Remembered("fp", 123L, ReplyCodec.toWire(accepted, true));
        assertThat(WireJson.MAPPER.writeValueAsString(remembered))
                .isEqualTo("{\"fingerprint\":\"fp\",\"rememberedAt\":123,\"reply\":" + ACCEPTED.formatted("\"FIRST\"")
                        + "}");
    }

    private static Reply.DecidedEvent event() {
        try {
            JsonNode data = WireJson.MAPPER.readTree("{\"patientId\":\"P-1\",\"weightKg\":58.50}");
            return new Reply.DecidedEvent("WeightRecorded", 3, data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Reply decode(String json) {
        return ReplyCodec.decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
