package io.isoledger.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Sex;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.eventlog.CommandCodec;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.ReplyCodec;
import io.isoledger.eventlog.StateRestore;
import io.isoledger.eventlog.Topics;
import io.isoledger.tracing.KafkaTracing;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After an upgrade, the decider's store can still hold a patient's state in an older snapshot
 * format: nothing is decided on it (503: retry), a rebuild from the events is asked for, and the
 * rebuilt state replaces it.
 */
class StaleSnapshotTest {

    private static final String PATIENT = "P-OLD";
    private static final byte[] V1_SNAPSHOT =
            "{\"snapshotVersion\":1,\"state\":{\"patientId\":\"P-OLD\",\"version\":2}}"
                    .getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger rebuildsAsked = new AtomicInteger();
    private final MockProcessorContext<String, byte[]> context = new MockProcessorContext<>();
    private KeyValueStore<String, PatientState> states;
    private DeciderProcessor processor;

    @BeforeEach
    void aStoreHoldingAnOldSnapshot() {
        states = store(Topics.PATIENT_STATE_STORE, writingOldSnapshots());
        store(Topics.IDEMPOTENCY_STORE, Serdes.ByteArray());
        processor = new DeciderProcessor(
                Policy.jpClinic(),
                "/test",
                Duration.ofHours(24),
                rebuildsAsked::incrementAndGet,
                new SupplyExpiry.Schedule(Clock.systemUTC(), ZoneOffset.UTC, Duration.ofHours(1)),
                KafkaTracing.disabled(),
                new DecisionMetrics(new SimpleMeterRegistry()));
        processor.init(context);
        states.put(PATIENT, PatientState.initial(PATIENT)); // written in the old format
    }

    @Test
    void anOldSnapshot_isReadAsStale() {
        assertThatThrownBy(() -> PatientStateSerde.serde().deserializer().deserialize("t", V1_SNAPSHOT))
                .isInstanceOf(StaleSnapshotException.class)
                .hasMessageContaining("v1");
    }

    @Test
    void aCommandForAPatientWithAnOldSnapshot_decidesNothing_answersUnavailable_andAsksForARebuild() {
        processor.process(command());

        assertThat(context.forwarded()).singleElement().satisfies(forward -> {
            assertThat(forward.childName()).contains(DeciderProcessor.REPLIES_SINK);
            Reply reply = ReplyCodec.decode(forward.record().value());
            assertThat(reply).isInstanceOfSatisfying(Reply.Rejected.class, rejected -> assertThat(rejected.rejection())
                    .isEqualTo(Rejection.UNAVAILABLE));
        });
        assertThat(rebuildsAsked.get()).isEqualTo(1);
    }

    @Test
    void theRebuiltState_replacesTheOldSnapshot_andTheNextCommandIsDecided() {
        PatientState rebuilt = Evolver.evolve(
                PatientState.initial(PATIENT),
                new PatientEnrolled(
                        PATIENT,
                        Sex.FEMALE,
                        LocalDate.of(2001, 4, 2),
                        new BigDecimal("58.5"),
                        true,
                        LocalDate.of(2026, 1, 5)));
        processor.process(new Record<>(PATIENT, CommandCodec.encode(new StateRestore("restore-1", rebuilt)), 0L));
        assertThat(states.get(PATIENT)).isEqualTo(rebuilt);

        context.resetForwards();
        processor.process(command());
        assertThat(context.forwarded())
                .filteredOn(f -> f.childName().orElse("").equals(DeciderProcessor.EVENTS_SINK))
                .hasSize(1);
        assertThat(rebuildsAsked.get()).isZero();
    }

    private static Record<String, byte[]> command() {
        var envelope = new CommandEnvelope(
                "command-1",
                "command-1",
                "nurse",
                Instant.parse("2026-11-25T01:00:00Z"),
                null,
                null,
                new RecordWeight(PATIENT, new BigDecimal("60"), LocalDate.of(2026, 11, 25)));
        return new Record<>(PATIENT, CommandCodec.encode(envelope), 0L);
    }

    /** The current format, except that a state never enrolled is written as an old snapshot. */
    private static Serde<PatientState> writingOldSnapshots() {
        Serde<PatientState> current = PatientStateSerde.serde();
        return Serdes.serdeFrom(
                (topic, state) -> state == null
                        ? null
                        : state.enrolled() ? current.serializer().serialize(topic, state) : V1_SNAPSHOT,
                current.deserializer());
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled()
                .build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
