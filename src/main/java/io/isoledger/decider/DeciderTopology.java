package io.isoledger.decider;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.eventlog.Topics;
import io.isoledger.tracing.KafkaTracing;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * commands ──► decider (patient-state store) ──► events, replies. Kafka Streams owns the loop:
 * it assigns partitions across instances, fences zombies and restores the store from its changelog.
 * Commands come from {@link CommandGateway}; each is handled by a {@link DeciderProcessor}.
 */
@ApplicationScoped
public class DeciderTopology {

    private static final String SOURCE = "commands-source";
    private static final String DECIDER = "decider";

    @Produces
    Topology topology(
            PolicyConfig policy,
            StaleStateRepair staleStateRepair,
            IsoLedgerConfig config,
            Clock clock,
            KafkaTracing tracing,
            MeterRegistry registry) {
        var metrics = new DecisionMetrics(registry);
        var expirySchedule = new SupplyExpiry.Schedule(
                clock, config.clinic().timeZone(), config.dispensing().expirySweepInterval());
        var stringSerde = Serdes.String();
        var bytesSerde = Serdes.ByteArray();
        Topology topology = new Topology();
        topology.addSource(SOURCE, stringSerde.deserializer(), bytesSerde.deserializer(), Topics.COMMANDS);
        topology.addProcessor(
                DECIDER,
                () -> new DeciderProcessor(
                        policy.toPolicy(),
                        config.eventSource(),
                        config.idempotency().retention(),
                        staleStateRepair::staleSnapshotFound,
                        expirySchedule,
                        tracing,
                        metrics),
                SOURCE);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(Topics.PATIENT_STATE_STORE),
                        stringSerde,
                        PatientStateSerde.serde()),
                DECIDER);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(Topics.IDEMPOTENCY_STORE), stringSerde, bytesSerde),
                DECIDER);
        topology.addSink(
                DeciderProcessor.EVENTS_SINK,
                Topics.EVENTS,
                stringSerde.serializer(),
                bytesSerde.serializer(),
                DECIDER);
        topology.addSink(
                DeciderProcessor.REPLIES_SINK,
                Topics.REPLIES,
                stringSerde.serializer(),
                bytesSerde.serializer(),
                DECIDER);
        return topology;
    }
}
