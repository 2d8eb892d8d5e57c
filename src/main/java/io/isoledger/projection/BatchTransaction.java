package io.isoledger.projection;

import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.EventTypes;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.isoledger.logging.LogContext;
import io.isoledger.logging.LogPseudonyms;
import io.isoledger.logging.SafeReasons;
import io.isoledger.tracing.KafkaTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * How an {@link EventProjector} projects one polled batch: every event into every {@link
 * ReadModelProjection}, and the next offsets, in one database transaction, so a crash at any point
 * neither loses nor repeats a row. If that transaction fails, {@link FailedBatchRecovery} goes
 * through the batch one event per transaction. An event it cannot read is parked ({@link
 * DeadLetterParking}); a rebuild started meanwhile on any instance stops the batch ({@link
 * RebuildWatch}, {@link RebuildStarted}). Made anew at every (re)open, used on the loop's thread.
 */
final class BatchTransaction {

    private static final Logger LOG = Logger.getLogger(BatchTransaction.class);

    private final String projector;
    private final Iterable<? extends ReadModelProjection> projections;
    private final RebuildWatch rebuilds;
    private final DeadLetterParking parking;
    private final DatabaseProbe database;
    private final KafkaTracing tracing;

    BatchTransaction(
            String projector,
            Iterable<? extends ReadModelProjection> projections,
            RebuildWatch rebuilds,
            DeadLetterParking parking,
            DatabaseProbe database,
            KafkaTracing tracing) {
        this.projector = projector;
        this.projections = projections;
        this.rebuilds = rebuilds;
        this.parking = parking;
        this.database = database;
        this.tracing = tracing;
    }

    /** The batch in one transaction; if that fails, one event per transaction. */
    Map<String, Long> project(ConsumerRecords<String, byte[]> records) {
        Map<String, Long> projectedVersions = new HashMap<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rebuilds.hold();
                for (TopicPartition partition : records.partitions()) {
                    List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
                    batch.forEach(record -> project(record, projectedVersions));
                    ProjectionOffset.store(
                            projector,
                            partition.partition(),
                            batch.get(batch.size() - 1).offset() + 1);
                }
                projections.forEach(ReadModelProjection::beforeCommit);
            });
            return projectedVersions;
        } catch (RebuildStarted e) {
            throw e;
        } catch (RuntimeException batchFailed) {
            LOG.warnf(
                    "%s: a batch of %d events failed (%s); projecting it one event at a time",
                    projector, records.count(), SafeReasons.of(batchFailed));
            return new FailedBatchRecovery(projector, database)
                    .recover(
                            records,
                            (record, versions) -> {
                                rebuilds.hold();
                                project(record, versions);
                                projections.forEach(ReadModelProjection::beforeCommit);
                                ProjectionOffset.store(projector, record.partition(), record.offset() + 1);
                            },
                            (partition, nextOffset) -> {
                                rebuilds.hold();
                                ProjectionOffset.store(projector, partition, nextOffset);
                            },
                            parking);
        }
    }

    /** One event, in a span of the trace of the command that decided it. */
    private void project(ConsumerRecord<String, byte[]> record, Map<String, Long> projectedVersions) {
        Span span = tracing.handle(Topics.EVENTS, null, record.headers());
        span.setAttribute("isoledger.projector", projector);
        try (Scope ignored = span.makeCurrent()) {
            projectOne(record, projectedVersions, span);
        } finally {
            span.end();
        }
    }

    private void projectOne(ConsumerRecord<String, byte[]> record, Map<String, Long> projectedVersions, Span span) {
        RecordedEvent event;
        try {
            event = EventCodec.decode(record);
        } catch (UnreadableEventException e) {
            // Every projector parks what it cannot read, with its own name in dlq_projector, rather
            // than only the read-model projector: each has its own consumer group and offsets, so
            // each can promise "parked before my offset moves past it" on its own, whether or not
            // the other runs, runs behind, or is rebuilding; and a fix can be replayed to the one
            // projector that needs it. The price is one dead letter per projector per bad record.
            parking.park(record, e.getMessage());
            return;
        }
        span.setAttribute("isoledger.type", EventTypes.ALL.of(event.event()).name());
        // The lines of this event's projection carry the correlation id of the command that wrote it.
        try (var correlation = LogContext.correlation(event.metadata().correlationId())) {
            LOG.debugf(
                    "%s: projecting %s, patient %s version %d",
                    projector,
                    event.event().getClass().getSimpleName(),
                    LogPseudonyms.of(event.patientId()),
                    event.sequence());
            for (ReadModelProjection projection : projections) {
                projection.apply(event);
            }
        }
        projectedVersions.merge(event.patientId(), event.sequence(), Math::max);
    }
}
