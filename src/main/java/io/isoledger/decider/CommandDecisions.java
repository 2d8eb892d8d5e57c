package io.isoledger.decider;

import io.isoledger.domain.Decider;
import io.isoledger.domain.Decision;
import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides one command for {@link DeciderProcessor}, against the patient's stored state. A retry
 * with an idempotency key seen before is answered from {@link IdempotencyKeys}; otherwise what
 * expired is recorded first ({@link SupplyExpiry}), the domain's {@link Decider} decides, and {@link
 * EventAppender} appends the events and stores the state they fold into.
 */
final class CommandDecisions {

    private final Policy policy;
    private final KeyValueStore<String, PatientState> store;
    private final IdempotencyKeys idempotency;
    private final EventAppender appender;
    private final SupplyExpiry expiry;
    private final Runnable staleSnapshotFound;

    CommandDecisions(
            Policy policy,
            KeyValueStore<String, PatientState> store,
            IdempotencyKeys idempotency,
            EventAppender appender,
            SupplyExpiry expiry,
            Runnable staleSnapshotFound) {
        this.policy = policy;
        this.store = store;
        this.idempotency = idempotency;
        this.appender = appender;
        this.expiry = expiry;
        this.staleSnapshotFound = staleSnapshotFound;
    }

    Reply answer(CommandEnvelope envelope, long timestamp) {
        String patientId = envelope.patientId();
        try {
            PatientState stored = store.get(patientId);
            PatientState state = stored == null ? PatientState.initial(patientId) : stored;
            Optional<Reply> earlier = idempotency.earlierAnswer(envelope, state.version());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Reply.Decided decided = decide(envelope, state, timestamp);
            idempotency.remember(envelope, decided, timestamp);
            return decided;
        } catch (StaleSnapshotException e) {
            // Decide nothing on a state that may lack facts; the client retries once it is rebuilt.
            staleSnapshotFound.run();
            return new Reply.Rejected(
                    envelope.commandId(), patientId, 0, Rejection.UNAVAILABLE, e.getMessage(), List.of());
        }
    }

    private Reply.Decided decide(CommandEnvelope envelope, PatientState stored, long timestamp) {
        PatientState state = expiry.beforeCommand(envelope, timestamp, stored);
        Decision decision = Decider.decide(envelope.command(), state, policy);
        if (decision instanceof Accepted accepted) {
            List<Reply.DecidedEvent> events = new ArrayList<>();
            PatientState after =
                    appender.append(EventAppender.Cause.of(envelope), timestamp, state, accepted.events(), events);
            return new Reply.Accepted(envelope.commandId(), state.patientId(), after.version(), events);
        }
        Rejected rejected = (Rejected) decision;
        return new Reply.Rejected(
                envelope.commandId(),
                state.patientId(),
                state.version(),
                rejected.reason(),
                rejected.detail(),
                rejected.violations());
    }
}
