package io.isoledger.eventlog;

import io.isoledger.domain.Decider;
import io.isoledger.domain.Decision;
import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Event;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, PatientState> store;
    private IdempotencyKeys idempotency;

    DeciderProcessor(Policy policy, String source, Duration idempotencyRetention, Runnable staleSnapshotFound) {
        this.policy = policy;
        this.source = source;
        this.idempotencyRetention = idempotencyRetention;
        this.staleSnapshotFound = staleSnapshotFound;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.store = context.getStateStore(Topics.PATIENT_STATE_STORE);
        this.idempotency = new IdempotencyKeys(context.getStateStore(Topics.IDEMPOTENCY_STORE), idempotencyRetention);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, idempotency::purgeOlderThanRetention);
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

    private Reply decideAndRemember(CommandEnvelope envelope, PatientState state, long commandTimestamp) {
        String patientId = state.patientId();
        Decision decision = Decider.decide(envelope.command(), state, policy);
        Reply reply;
        if (decision instanceof Accepted accepted) {
            reply = append(envelope, commandTimestamp, state, accepted.events());
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

    private Reply append(CommandEnvelope envelope, long commandTimestamp, PatientState state, List<Event> events) {
        PatientState current = state;
        List<Reply.DecidedEvent> decided = new ArrayList<>();
        for (Event event : events) {
            current = Evolver.evolve(current, event);
            WireType<Event> type = EventTypes.ALL.of(event);
            EventMetadata metadata = new EventMetadata(
                    eventId(current.patientId(), current.version()),
                    type.ceType(),
                    source,
                    current.patientId(),
                    envelope.receivedAt(),
                    current.version(),
                    envelope.correlationId(),
                    envelope.commandId(),
                    envelope.actor());
            RecordHeaders headers = new RecordHeaders();
            CloudEventHeaders.write(headers, metadata);
            byte[] data = EventCodec.encode(event);
            // The record's timestamp is the broker's business (it rejects skewed ones); ce_time is ours.
            context.forward(new Record<>(current.patientId(), data, commandTimestamp, headers), EVENTS_SINK);
            decided.add(new Reply.DecidedEvent(type.name(), current.version(), WireJson.MAPPER.valueToTree(event)));
        }
        if (!events.isEmpty()) {
            store.put(current.patientId(), current);
        }
        return Reply.accepted(envelope.commandId(), current.patientId(), current.version(), decided);
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

    /** Deterministic, so a consumer can de-duplicate by {@code ce_id} across any replay. */
    static String eventId(String patientId, long sequence) {
        return UUID.nameUUIDFromBytes((patientId + "#" + sequence).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
