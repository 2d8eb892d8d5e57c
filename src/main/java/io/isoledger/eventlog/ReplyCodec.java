package io.isoledger.eventlog;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.eventlog.ReplyWire.Idempotency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@link Reply Replies} as JSON on the replies topic, and in the decider's store of idempotency keys
 * ({@link io.isoledger.decider.IdempotencyKeys}). Every outcome is one flat {@link ReplyWire} object, the same as in earlier
 * releases, so that instances of two releases read each other's replies during a rolling upgrade.
 */
public final class ReplyCodec {

    private static final String RESTORED = "restored";
    private static final String KEPT = "kept";

    private ReplyCodec() {}

    public static byte[] encode(Reply reply) {
        return encode(reply, false);
    }

    /**
     * @param keyed the command carried an idempotency key: a decision is then its first answer
     *     ({@link Idempotency#FIRST}), unless nothing was decided ({@link Rejection#UNAVAILABLE})
     */
    public static byte[] encode(Reply reply, boolean keyed) {
        try {
            return WireJson.MAPPER.writeValueAsBytes(toWire(reply, keyed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply decode(byte[] bytes) {
        try {
            return fromWire(WireJson.MAPPER.readValue(bytes, ReplyWire.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReplyWire toWire(Reply reply, boolean keyed) {
        return reply.accept(new Reply.Visitor<>() {
            @Override
            public ReplyWire accepted(Reply.Accepted a) {
                Idempotency first = keyed ? Idempotency.FIRST : null;
                return new ReplyWire(
                        a.commandId(), a.patientId(), true, a.version(), a.events(), null, null, List.of(), first);
            }

            @Override
            public ReplyWire rejected(Reply.Rejected r) {
                Idempotency first = keyed && r.rejection() != Rejection.UNAVAILABLE ? Idempotency.FIRST : null;
                return new ReplyWire(
                        r.commandId(),
                        r.patientId(),
                        false,
                        r.version(),
                        List.of(),
                        r.rejection(),
                        r.detail(),
                        r.violations(),
                        first);
            }

            @Override
            public ReplyWire idempotencyMismatch(Reply.IdempotencyMismatch m) {
                return new ReplyWire(
                        m.commandId(),
                        m.patientId(),
                        false,
                        m.version(),
                        List.of(),
                        null,
                        null,
                        List.of(),
                        Idempotency.MISMATCH);
            }

            @Override
            public ReplyWire replayed(Reply.Replayed r) {
                return toWire(r.first(), true).answering(r.commandId(), Idempotency.REPLAYED);
            }

            @Override
            public ReplyWire restored(Reply.Restored r) {
                String detail = r.replaced() ? RESTORED : KEPT;
                return new ReplyWire(
                        r.commandId(), r.patientId(), true, r.version(), List.of(), null, detail, List.of(), null);
            }
        });
    }

    /** A replayed answer names only the retry's command id: its first answer is read as given to the retry. */
    static Reply fromWire(ReplyWire wire) {
        if (wire.idempotency() == Idempotency.MISMATCH) {
            return new Reply.IdempotencyMismatch(wire.commandId(), wire.patientId(), wire.version());
        }
        if (wire.idempotency() == Idempotency.REPLAYED) {
            return new Reply.Replayed(wire.commandId(), decided(wire));
        }
        if (wire.accepted() && wire.detail() != null) {
            return new Reply.Restored(
                    wire.commandId(), wire.patientId(), wire.version(), RESTORED.equals(wire.detail()));
        }
        return decided(wire);
    }

    /** A decision: how a first answer is kept for its idempotency key, and how it is replayed. */
    public static Reply.Decided decided(ReplyWire wire) {
        return wire.accepted()
                ? new Reply.Accepted(wire.commandId(), wire.patientId(), wire.version(), wire.events())
                : new Reply.Rejected(
                        wire.commandId(),
                        wire.patientId(),
                        wire.version(),
                        wire.rejection(),
                        wire.detail(),
                        wire.violations());
    }
}
