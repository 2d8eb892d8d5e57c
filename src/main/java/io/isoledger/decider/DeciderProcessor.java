package io.isoledger.decider;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.eventlog.CommandCodec;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.CommandRecord;
import io.isoledger.eventlog.PendingReplies;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.ReplyCodec;
import io.isoledger.eventlog.ReplyListener;
import io.isoledger.eventlog.StateRestore;
import io.isoledger.eventlog.Topics;
import io.isoledger.logging.LogContext;
import io.isoledger.logging.LogPseudonyms;
import io.isoledger.logging.SafeReasons;
import io.isoledger.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * The decider's Kafka Streams processor, wired by {@link DeciderTopology}: decodes each record of
 * the commands topic once ({@link CommandRecord}) and answers it with a {@link Reply} on the replies
 * topic, which {@link ReplyListener} hands to the request waiting in {@link PendingReplies}.
 *
 * <p>A command is decided by {@link CommandDecisions} with the domain's {@link
 * io.isoledger.domain.Decider}; its events go to the events topic, read by the projectors ({@code
 * io.isoledger.projection.EventProjector}). A restore is applied by {@link StateRestorer}. Under
 * exactly-once the state update, the events, the reply and the command's offset commit in one Kafka
 * transaction: a command is either wholly decided or not at all.
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
    private final KafkaTracing tracing;
    private final DecisionMetrics metrics;
    private ProcessorContext<String, byte[]> context;
    private CommandDecisions decisions;
    private StateRestorer restorer;

    DeciderProcessor(
            Policy policy,
            String source,
            Duration idempotencyRetention,
            Runnable staleSnapshotFound,
            SupplyExpiry.Schedule expirySchedule,
            KafkaTracing tracing,
            DecisionMetrics metrics) {
        this.policy = policy;
        this.source = source;
        this.idempotencyRetention = idempotencyRetention;
        this.staleSnapshotFound = staleSnapshotFound;
        this.expirySchedule = expirySchedule;
        this.tracing = tracing;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        KeyValueStore<String, PatientState> store = context.getStateStore(Topics.PATIENT_STATE_STORE);
        var idempotency = new IdempotencyKeys(context.getStateStore(Topics.IDEMPOTENCY_STORE), idempotencyRetention);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, idempotency::purgeOlderThanRetention);
        var appender = new EventAppender(context, store, source, tracing, metrics);
        var expiry = new SupplyExpiry(policy, expirySchedule, appender, store);
        context.schedule(expirySchedule.interval(), PunctuationType.WALL_CLOCK_TIME, expiry::sweep);
        this.decisions = new CommandDecisions(policy, store, idempotency, appender, expiry, staleSnapshotFound);
        this.restorer = new StateRestorer(store);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        CommandRecord decoded;
        try {
            decoded = CommandCodec.decode(record.value());
        } catch (IllegalArgumentException e) {
            // Nothing we can answer: no command id to reply to. Skipping appends nothing.
            LOG.errorf(
                    "Skipping an unreadable command for patient %s: %s",
                    LogPseudonyms.of(record.key()), SafeReasons.of(e));
            return;
        }
        Span span = tracing.handle(Topics.COMMANDS, decoded.typeName(), record.headers());
        try (Scope ignored = span.makeCurrent()) {
            decide(decoded, record.timestamp());
        } finally {
            span.end();
        }
    }

    /** Decides, inside the command's span: the events and the reply carry its trace context. */
    private void decide(CommandRecord decoded, long timestamp) {
        String patient = LogPseudonyms.of(decoded.patientId());
        byte[] reply = decoded.accept(new CommandRecord.Visitor<>() {
            @Override
            public byte[] command(CommandEnvelope envelope) {
                // This command's lines, the store's and the producer's included, carry its correlation id.
                try (var correlation = LogContext.correlation(envelope.correlationId())) {
                    long start = System.nanoTime();
                    Reply answer = decisions.answer(envelope, timestamp);
                    metrics.decided(envelope.command(), answer, start);
                    LOG.debugf(
                            "%s %s for patient %s: %s",
                            envelope.command().getClass().getSimpleName(),
                            envelope.commandId(),
                            patient,
                            answer.getClass().getSimpleName());
                    return ReplyCodec.encode(answer, envelope.idempotencyKey() != null);
                }
            }

            @Override
            public byte[] restore(StateRestore restore) {
                return ReplyCodec.encode(restorer.restore(restore));
            }
        });
        RecordHeaders headers = new RecordHeaders();
        tracing.inject(headers);
        context.forward(new Record<>(decoded.patientId(), reply, timestamp, headers), REPLIES_SINK);
    }
}
