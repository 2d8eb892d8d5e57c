package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import java.util.List;

/**
 * The decider's answer to one command: written by {@link io.isoledger.decider.DeciderProcessor} to the replies topic
 * ({@link ReplyCodec}), read by {@link ReplyListener} and handed to the request waiting in {@link
 * CommandGateway}. {@code version} is the patient's stream version after the command: what a client
 * must wait for to read its own write.
 *
 * <p>Read a reply with a {@link Visitor}: a new outcome then fails the build of every reader.
 */
public sealed interface Reply {

    /** The id of the command answered: the waiting request is found by it. */
    String commandId();

    String patientId();

    long version();

    <R> R accept(Visitor<R> visitor);

    /** One method per outcome. */
    interface Visitor<R> {
        R accepted(Accepted accepted);

        R rejected(Rejected rejected);

        R idempotencyMismatch(IdempotencyMismatch mismatch);

        R replayed(Replayed replayed);

        R restored(Restored restored);
    }

    /** What the decider decided about a command: the only answers an idempotency key keeps. */
    sealed interface Decided extends Reply {}

    /** The command was decided and appended these events; {@code version} is the last one's. */
    record Accepted(String commandId, String patientId, long version, List<DecidedEvent> events) implements Decided {
        public Accepted {
            events = List.copyOf(events);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.accepted(this);
        }
    }

    /** Nothing was appended, and why; {@link Rejection#UNAVAILABLE} means nothing was decided either. */
    record Rejected(
            String commandId,
            String patientId,
            long version,
            Rejection rejection,
            String detail,
            List<Violation> violations)
            implements Decided {
        public Rejected {
            violations = List.copyOf(violations);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rejected(this);
        }
    }

    /** The command's idempotency key was used before with another request: nothing was decided. */
    record IdempotencyMismatch(String commandId, String patientId, long version) implements Reply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.idempotencyMismatch(this);
        }
    }

    /**
     * The command's idempotency key was used before with the same request: nothing was decided, and
     * the first answer is given again to this command.
     */
    record Replayed(String commandId, Decided first) implements Reply {
        @Override
        public String patientId() {
            return first.patientId();
        }

        @Override
        public long version() {
            return first.version();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.replayed(this);
        }
    }

    /**
     * The answer to an operator's {@link StateRestore}: whether the folded state replaced the stored
     * one, or the stored one was kept (already newer); {@code version} is the kept state's.
     */
    record Restored(String commandId, String patientId, long version, boolean replaced) implements Reply {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.restored(this);
        }
    }

    /** An event the command appended: its name, its sequence number and its data as on the topic. */
    record DecidedEvent(String type, long sequence, JsonNode data) {}
}
