package io.isoledger.decider;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Rebuilds the decider's state from the events topic: folds every patient's events with the same
 * {@link Evolver} the decider uses, and hands each state to the owner of the patient's partition as
 * a {@link io.isoledger.eventlog.StateRestore} through the {@link CommandGateway}, many at once
 * ({@link RestoreWindow}); there {@link StateRestorer} replaces the stored copy unless that copy is
 * already newer. Asked for by the operators' {@code io.isoledger.admin.DeciderStateResource} and by
 * {@link StaleStateRepair}.
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
        int restored = new RestoreWindow(gateway::sendAsync, config.write().replyTimeout()).restoreAll(states.values());
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
