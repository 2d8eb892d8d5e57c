package io.isoledger.projection;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.ConsumerLoop;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.TopicInitializer;
import io.isoledger.eventlog.Topics;
import io.isoledger.tracing.KafkaTracing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Projects the events topic into a set of {@link ReadModelProjection}s, as a consumer group of its
 * own. Each polled batch is one database transaction holding the rows and the next offsets ({@link
 * BatchTransaction}), so a crash at any point neither loses nor repeats a row; on (re)assignment
 * the consumer seeks to the offsets the database holds, not Kafka's ({@link SeekToStoredOffsets}).
 * An event it cannot read is parked on the dead-letter topic, and projection goes on past it; so is
 * an event it reads but cannot project while the database answers ({@link FailedBatchRecovery}).
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

    @Inject
    KafkaTracing tracing;

    // Renewed at every (re)open, on the loop's thread, which alone uses them.
    private RebuildWatch rebuilds;
    private BatchTransaction batches;

    /** Names the projector's offsets and its consumer group. */
    protected abstract String name();

    protected abstract Iterable<? extends ReadModelProjection> projections();

    /** Called after each batch committed, with the highest version projected per patient. */
    protected void committed(Map<String, Long> projectedVersions) {}

    /** Called when the read models were rebuilt (here or on another instance), before projecting again. */
    protected void rebuilt() {}

    /** Called before each poll with the partitions of the events topic the consumer holds now. */
    protected void holding(Set<Integer> partitions) {}

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
        DeadLetterParking parking = DeadLetterParking.open(name(), deadLetterQueue, deadLetters);
        // Before the first assignment seeks to the stored offsets: a rebuild in between is then
        // noticed by the first batch.
        rebuilds = new RebuildWatch(name());
        rebuilds.learn();
        batches = new BatchTransaction(name(), projections(), rebuilds, parking, database, tracing);
        KafkaConsumer<String, byte[]> consumer = clients.consumer(
                config.instanceId() + "-" + name(),
                "isoledger-" + name(),
                config.instanceId() + "-" + name(),
                config.projection().maxBatch());
        consumer.subscribe(List.of(Topics.EVENTS), new SeekToStoredOffsets(name(), consumer));
        return consumer;
    }

    /** Notices a rebuild while no events come: the batches would only notice with the next event. */
    @Override
    protected void beforePoll(KafkaConsumer<String, byte[]> consumer) {
        holding(consumer.assignment().stream().map(TopicPartition::partition).collect(Collectors.toSet()));
        rebuilds.rebuiltSince().ifPresent(generation -> startAgain(consumer, generation));
    }

    @Override
    protected void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        try {
            committed(batches.project(records));
        } catch (RebuildStarted rebuilt) {
            startAgain(consumer, rebuilt.generation());
        }
    }

    /** After a rebuild: every assigned partition from the offsets it left (none: the beginning). */
    private void startAgain(KafkaConsumer<String, byte[]> consumer, long generation) {
        rebuilds.adopt(generation);
        rebuilt();
        new SeekToStoredOffsets(name(), consumer).onPartitionsAssigned(consumer.assignment());
        LOG.infof("%s: read models rebuilt (generation %d); projecting again from the start", name(), generation);
    }
}
