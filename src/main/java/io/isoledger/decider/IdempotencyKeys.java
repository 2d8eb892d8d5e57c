package io.isoledger.decider;

import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.ReplyCodec;
import io.isoledger.eventlog.ReplyWire;
import io.isoledger.eventlog.WireJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The first answer to each idempotency key, kept in the decider's own changelogged store, next to
 * the patient's state and in the same transaction: a retry is answered from here ({@link
 * Reply.Replayed}, or {@link Reply.IdempotencyMismatch} for another request), on whichever instance
 * owns the patient, and never decided twice. Used by {@link CommandDecisions}.
 */
public final class IdempotencyKeys {

    /** The answer given to the first request that carried a key, and when. */
    public record Remembered(String fingerprint, long rememberedAt, ReplyWire reply) {}

    private final KeyValueStore<String, byte[]> store;
    private final Duration retention;

    IdempotencyKeys(KeyValueStore<String, byte[]> store, Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    /** The earlier answer, for a command whose key was seen before; empty for a new key or none. */
    Optional<Reply> earlierAnswer(CommandEnvelope envelope, long currentVersion) {
        if (envelope.idempotencyKey() == null) {
            return Optional.empty();
        }
        byte[] bytes = store.get(key(envelope));
        if (bytes == null) {
            return Optional.empty();
        }
        Remembered remembered = read(bytes);
        return Optional.of(
                remembered.fingerprint().equals(envelope.fingerprint())
                        ? new Reply.Replayed(envelope.commandId(), ReplyCodec.decided(remembered.reply()))
                        : new Reply.IdempotencyMismatch(envelope.commandId(), envelope.patientId(), currentVersion));
    }

    /** Keeps the answer to a key's first use, as it is sent ({@link ReplyCodec}). */
    void remember(CommandEnvelope envelope, Reply.Decided reply, long timestamp) {
        if (envelope.idempotencyKey() == null) {
            return;
        }
        store.put(
                key(envelope),
                write(new Remembered(envelope.fingerprint(), timestamp, ReplyCodec.toWire(reply, true))));
    }

    void purgeOlderThanRetention(long now) {
        long oldest = now - retention.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (read(entry.value).rememberedAt() < oldest) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(store::delete);
    }

    /** Keys belong to one patient's commands: the store is partitioned like the patient's state. */
    private static String key(CommandEnvelope envelope) {
        return envelope.patientId() + "/" + envelope.idempotencyKey();
    }

    private static Remembered read(byte[] bytes) {
        try {
            return WireJson.MAPPER.readValue(bytes, Remembered.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Remembered remembered) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(remembered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
