package io.isoledger.decider;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.StateRestore;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Rebuilds the decider's state from the events topic: folds every patient's events with the same
 * {@link Evolver} the decider uses, and hands each state to the owner of the patient's partition
 * as a {@link StateRestore} through the {@link CommandGateway}; there {@link StateRestorer} replaces
 * the stored copy unless that copy is already newer. Asked for by the operators' {@code
 * io.isoledger.admin.DeciderStateResource} and by {@link StaleStateRepair}.
 */
@ApplicationScoped
public class DeciderStateRebuilder {

    private static final Logger LOG = Logger.getLogger(DeciderStateRebuilder.class);
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    @Inject
    KafkaClients clients;

    @Inject
    CommandGateway gateway;

    @Inject
    IsoLedgerConfig config;

    /** How many patients were folded, and how many stored states were replaced. */
    public record Outcome(int patients, int restored) {}

    public Outcome rebuild() {
        Map<String, PatientState> states = foldTheEventsTopic();
        int restored = 0;
        for (PatientState state : states.values()) {
            Reply reply = gateway.send(new StateRestore(UUID.randomUUID().toString(), state));
            if (reply.accept(REPLACED)) {
                restored++;
            }
        }
        LOG.infof(
                "Decider state rebuilt from the events topic: %d patients, %d stored states replaced",
                states.size(), restored);
        return new Outcome(states.size(), restored);
    }

    private Map<String, PatientState> foldTheEventsTopic() {
        Map<String, PatientState> states = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                clients.consumer(config.instanceId() + "-state-rebuild", null, null)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new LogUnavailableException(
                            "The events topic could not be read to its end in time.", null, false);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    fold(states, record);
                }
            }
        }
        return states;
    }

    /** Whether a restore replaced the stored state; a restore is answered with nothing else. */
    private static final Reply.Visitor<Boolean> REPLACED = new Reply.Visitor<>() {
        @Override
        public Boolean accepted(Reply.Accepted accepted) {
            return false;
        }

        @Override
        public Boolean rejected(Reply.Rejected rejected) {
            return false;
        }

        @Override
        public Boolean idempotencyMismatch(Reply.IdempotencyMismatch mismatch) {
            return false;
        }

        @Override
        public Boolean replayed(Reply.Replayed replayed) {
            return false;
        }

        @Override
        public Boolean restored(Reply.Restored restored) {
            return restored.replaced();
        }
    };

    private static void fold(Map<String, PatientState> states, ConsumerRecord<String, byte[]> record) {
        RecordedEvent event;
        try {
            event = EventCodec.decode(record);
        } catch (UnreadableEventException e) {
            return; // parked as a dead letter by the projectors; the decider never wrote it
        }
        PatientState state = states.getOrDefault(event.patientId(), PatientState.initial(event.patientId()));
        if (event.sequence() == state.version() + 1) {
            states.put(event.patientId(), Evolver.evolve(state, event.event()));
        }
    }
}
