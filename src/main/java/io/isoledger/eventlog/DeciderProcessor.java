package io.isoledger.eventlog;

import io.isoledger.domain.Decider;
import io.isoledger.domain.Decision;
import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Decides each command against the patient's stored state. Under exactly-once the state update,
 * the events, the reply and the command's offset commit in one Kafka transaction: a command is
 * either wholly decided or not at all.
 */
final class DeciderProcessor implements Processor<String, byte[], String, byte[]> {

    static final String EVENTS_SINK = "events-sink";
    static final String REPLIES_SINK = "replies-sink";
    private static final Logger LOG = Logger.getLogger(DeciderProcessor.class);

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private final Policy policy;
    private final String source;
    private final Duration idempotencyRetention;
    private final Runnable staleSnapshotFound;
    private final SupplyExpiry.Schedule expirySchedule;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, PatientState> store;
    private IdempotencyKeys idempotency;
    private EventAppender appender;
    private SupplyExpiry expiry;

    DeciderProcessor(
            Policy policy,
            String source,
            Duration idempotencyRetention,
            Runnable staleSnapshotFound,
            SupplyExpiry.Schedule expirySchedule) {
        this.policy = policy;
        this.source = source;
        this.idempotencyRetention = idempotencyRetention;
        this.staleSnapshotFound = staleSnapshotFound;
        this.expirySchedule = expirySchedule;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(Topics.PATIENT_STATE_STORE);
        this.idempotency = new IdempotencyKeys(context.getStateStore(Topics.IDEMPOTENCY_STORE), idempotencyRetention);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, idempotency::purgeOlderThanRetention);
        this.appender = new EventAppender(context, store, source);
        this.expiry = new SupplyExpiry(policy, expirySchedule, appender, store);
        context.schedule(expirySchedule.interval(), PunctuationType.WALL_CLOCK_TIME, expiry::sweep);
    }

    @Override
    public void process(Record<String, byte[]> command) {
        Optional<StateRestore> restore = StateRestore.from(command.value());
        if (restore.isPresent()) {
            restore(restore.get(), command.timestamp());
            return;
        }
        CommandEnvelope envelope;
        try {
            envelope = CommandCodec.decode(command.value());
        } catch (IllegalArgumentException e) {
            // Nothing we can answer: no command id to reply to. Skipping appends nothing.
            LOG.errorf("Skipping an unreadable command with key %s: %s", command.key(), e.getMessage());
            return;
        }
        String patientId = envelope.command().patientId();
        Reply reply;
        try {
            PatientState stored = store.get(patientId);
            PatientState state = stored == null ? PatientState.initial(patientId) : stored;
            reply = idempotency
                    .earlierAnswer(envelope, state.version())
                    .orElseGet(() -> decideAndRemember(envelope, state, command.timestamp()));
        } catch (StaleSnapshotException e) {
            // Decide nothing on a state that may lack facts; the client retries once it is rebuilt.
            staleSnapshotFound.run();
            reply = Reply.rejected(
                    envelope.commandId(), patientId, 0, Rejection.UNAVAILABLE, e.getMessage(), List.of());
        }
        context.forward(new Record<>(patientId, ReplyCodec.encode(reply), command.timestamp()), REPLIES_SINK);
    }

    private Reply decideAndRemember(CommandEnvelope envelope, PatientState stored, long commandTimestamp) {
        String patientId = stored.patientId();
        PatientState state = expiry.beforeCommand(envelope, commandTimestamp, stored);
        Decision decision = Decider.decide(envelope.command(), state, policy);
        Reply reply;
        if (decision instanceof Accepted accepted) {
            List<Reply.DecidedEvent> decided = new ArrayList<>();
            PatientState after = appender.append(
                    EventAppender.Cause.of(envelope), commandTimestamp, state, accepted.events(), decided);
            reply = Reply.accepted(envelope.commandId(), patientId, after.version(), decided);
        } else {
            Rejected rejected = (Rejected) decision;
            reply = Reply.rejected(
                    envelope.commandId(),
                    patientId,
                    state.version(),
                    rejected.reason(),
                    rejected.detail(),
                    rejected.violations());
        }
        return idempotency.remember(envelope, reply, commandTimestamp);
    }

    /**
     * Replaces the stored state with one folded from the events, unless the store already holds a
     * later version (a command decided after the fold): the events are the truth, the store a copy.
     */
    private void restore(StateRestore restore, long timestamp) {
        PatientState snapshot = restore.snapshot();
        PatientState current;
        try {
            current = store.get(snapshot.patientId());
        } catch (StaleSnapshotException e) {
            current = null; // an older format: the folded state replaces it
        }
        boolean replace = current == null || current.version() <= snapshot.version();
        if (replace) {
            store.put(snapshot.patientId(), snapshot);
        }
        PatientState kept = replace ? snapshot : current;
        Reply reply = new Reply(
                restore.commandId(),
                kept.patientId(),
                true,
                kept.version(),
                List.of(),
                null,
                replace ? "restored" : "kept",
                List.of(),
                null);
        context.forward(new Record<>(kept.patientId(), ReplyCodec.encode(reply), timestamp), REPLIES_SINK);
    }
}
