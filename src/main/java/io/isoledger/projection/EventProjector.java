package io.isoledger.projection;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.ConsumerLoop;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.TopicInitializer;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Projects the events topic into a set of read models, as a consumer group of its own. Each polled
 * batch is one database transaction holding the rows and the next offsets, so a crash at any point
 * neither loses nor repeats a row; on (re)assignment the consumer seeks to the offsets the
 * database holds, not Kafka's. An event it cannot read is parked on the dead-letter topic, and
 * projection goes on past it; so is an event it reads but cannot project while the database
 * answers ({@link FailedBatchRecovery}).
 */
public abstract class EventProjector extends ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(EventProjector.class);
    private static final Duration TOPICS_WAIT = Duration.ofSeconds(5);

    @Inject
    KafkaClients clients;

    @Inject
    TopicInitializer topics;

    @Inject
    DeadLetterQueue deadLetterQueue;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DatabaseProbe database;

    @Inject
    IsoLedgerConfig config;

    // Renewed at every (re)open, on the loop's thread, which alone uses them.
    private DeadLetterParking parking;
    private RebuildWatch rebuilds;

    /** Names the projector's offsets and its consumer group. */
    protected abstract String name();

    protected abstract Iterable<? extends ReadModelProjection> projections();

    /** Called after each batch committed, with the highest version projected per patient. */
    protected void committed(Map<String, Long> projectedVersions) {}

    /** The projector's name: its offsets, its consumer group, its dead letters' {@code dlq_projector}. */
    public String projector() {
        return name();
    }

    /** The next offset the projector reads, per partition of the events topic, as its database holds it. */
    public Map<Integer, Long> storedOffsets() {
        return QuarkusTransaction.requiringNew().call(() -> ProjectionOffset.nextOffsets(name()));
    }

    /**
     * Drops every row and offset of this projector's read models and advances its generation, in one
     * transaction that first waits for any batch in flight on any instance. Every instance's
     * projector then replays its partitions from the start: it notices within a second, and no
     * batch it projected before the rebuild can commit after it ({@link ProjectionGeneration}).
     */
    public void rebuild() {
        long next = QuarkusTransaction.requiringNew().call(() -> {
            long advanced = ProjectionGeneration.advance(name());
            projections().forEach(ReadModelProjection::clear);
            ProjectionOffset.delete("projector", name());
            return advanced;
        });
        LOG.infof("%s cleared (generation %d); every instance replays the events topic from the start", name(), next);
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        // The dead-letter topic must exist, with its settings, before the first record is parked.
        if (!topics.awaitReady(TOPICS_WAIT)) {
            throw new IllegalStateException("the topics are not created yet");
        }
        parking = DeadLetterParking.open(name(), deadLetterQueue, deadLetters);
        // Before the first assignment seeks to the stored offsets: a rebuild in between is then
        // noticed by the first batch.
        rebuilds = new RebuildWatch(name());
        rebuilds.learn();
        KafkaConsumer<String, byte[]> consumer = clients.consumer(
                config.instanceId() + "-" + name(), "isoledger-" + name(), config.instanceId() + "-" + name());
        consumer.subscribe(List.of(Topics.EVENTS), new SeekToStoredOffsets(name(), consumer));
        return consumer;
    }

    /** Notices a rebuild while no events come: the batches would only notice with the next event. */
    @Override
    protected void beforePoll(KafkaConsumer<String, byte[]> consumer) {
        rebuilds.rebuiltSince().ifPresent(generation -> startAgain(consumer, generation));
    }

    @Override
    protected void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        try {
            committed(projectBatch(records));
        } catch (RebuildStarted rebuilt) {
            startAgain(consumer, rebuilt.generation());
        }
    }

    /** The batch in one transaction; if that fails, one event per transaction. */
    private Map<String, Long> projectBatch(ConsumerRecords<String, byte[]> records) {
        Map<String, Long> projectedVersions = new HashMap<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rebuilds.hold();
                for (TopicPartition partition : records.partitions()) {
                    List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
                    batch.forEach(record -> project(record, projectedVersions));
                    ProjectionOffset.store(
                            name(),
                            partition.partition(),
                            batch.get(batch.size() - 1).offset() + 1);
                }
            });
            return projectedVersions;
        } catch (RebuildStarted e) {
            throw e;
        } catch (RuntimeException batchFailed) {
            LOG.warnf(
                    "%s: a batch of %d events failed (%s); projecting it one event at a time",
                    name(), records.count(), FailedBatchRecovery.reasonOf(batchFailed));
            return new FailedBatchRecovery(name(), database)
                    .recover(
                            records,
                            (record, versions) -> {
                                rebuilds.hold();
                                project(record, versions);
                                ProjectionOffset.store(name(), record.partition(), record.offset() + 1);
                            },
                            (partition, nextOffset) -> {
                                rebuilds.hold();
                                ProjectionOffset.store(name(), partition, nextOffset);
                            },
                            parking);
        }
    }

    /** After a rebuild: every assigned partition from the offsets it left (none: the beginning). */
    private void startAgain(KafkaConsumer<String, byte[]> consumer, long generation) {
        rebuilds.adopt(generation);
        new SeekToStoredOffsets(name(), consumer).onPartitionsAssigned(consumer.assignment());
        LOG.infof("%s: read models rebuilt (generation %d); projecting again from the start", name(), generation);
    }

    private void project(ConsumerRecord<String, byte[]> record, Map<String, Long> projectedVersions) {
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
        for (ReadModelProjection projection : projections()) {
            projection.apply(event);
        }
        projectedVersions.merge(event.patientId(), event.sequence(), Math::max);
    }
}
