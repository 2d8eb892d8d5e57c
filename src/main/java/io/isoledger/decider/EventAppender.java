package io.isoledger.decider;

import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.event.Event;
import io.isoledger.eventlog.CloudEventHeaders;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventMetadata;
import io.isoledger.eventlog.EventTypes;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.WireJson;
import io.isoledger.eventlog.WireType;
import io.isoledger.tracing.KafkaTracing;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Appends decided events to the events topic, with their CloudEvents headers and the patient's next
 * sequence numbers, and stores the state they fold into: all in the decider's transaction.
 */
final class EventAppender {

    private final ProcessorContext<String, byte[]> context;
    private final KeyValueStore<String, PatientState> store;
    private final String source;
    private final KafkaTracing tracing;
    private final DecisionMetrics metrics;

    EventAppender(
            ProcessorContext<String, byte[]> context,
            KeyValueStore<String, PatientState> store,
            String source,
            KafkaTracing tracing,
            DecisionMetrics metrics) {
        this.context = context;
        this.store = store;
        this.source = source;
        this.tracing = tracing;
        this.metrics = metrics;
    }

    /** What the events are recorded as caused by: a client's command, or the event log itself. */
    record Cause(String commandId, String correlationId, String actor, Instant at) {
        static Cause of(CommandEnvelope command) {
            return new Cause(command.commandId(), command.correlationId(), command.actor(), command.receivedAt());
        }
    }

    /** The state after the events; each appended event is added to {@code decided}. */
    PatientState append(
            Cause cause, long timestamp, PatientState state, List<Event> events, List<Reply.DecidedEvent> decided) {
        PatientState current = state;
        for (Event event : events) {
            PatientState before = current;
            current = Evolver.evolve(current, event);
            WireType<Event> type = EventTypes.ALL.of(event);
            EventMetadata metadata = new EventMetadata(
                    EventMetadata.eventId(current.patientId(), current.version()),
                    type.ceType(),
                    source,
                    current.patientId(),
                    cause.at(),
                    current.version(),
                    cause.correlationId(),
                    cause.commandId(),
                    cause.actor());
            RecordHeaders headers = new RecordHeaders();
            CloudEventHeaders.write(headers, metadata);
            // traceparent: the command's trace, for the projectors and for readers outside the service.
            tracing.inject(headers);
            // The record's timestamp is the broker's business (it rejects skewed ones); ce_time is ours.
            context.forward(
                    new Record<>(current.patientId(), EventCodec.encode(event), timestamp, headers),
                    DeciderProcessor.EVENTS_SINK);
            decided.add(new Reply.DecidedEvent(type.name(), current.version(), WireJson.MAPPER.valueToTree(event)));
            metrics.appended(type.name(), before, current);
        }
        if (!events.isEmpty()) {
            store.put(current.patientId(), current);
        }
        return current;
    }
}
