package io.isoledger.projection;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @ConfigProperty(name = "isoledger.instance-id")
    String instanceId;

    private static final Duration REBUILD_ASSIGNMENT_WAIT = Duration.ofSeconds(20);

    private final AtomicReference<CompletableFuture<Void>> rebuild = new AtomicReference<>();
    private volatile long rebuildAskedAt;
    // Renewed at every (re)open, on the loop's thread, which alone uses it.
    private DeadLetterParking parking;

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
     * Drops every read model row and offset and projects the events topic again from its start.
     * Completes once the rows are cleared; the replay then proceeds as ordinary projection. It
     * fails with {@link IllegalStateException} unless this instance owns every partition: the rows
     * are shared, and another instance would not replay the partitions it owns.
     */
    public CompletableFuture<Void> rebuild() {
        CompletableFuture<Void> request = new CompletableFuture<>();
        rebuildAskedAt = System.nanoTime();
        CompletableFuture<Void> earlier = rebuild.getAndSet(request);
        if (earlier != null) {
            request.whenComplete((v, e) -> {
                if (e == null) {
                    earlier.complete(null);
                } else {
                    earlier.completeExceptionally(e);
                }
            });
        }
        return request;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        // The dead-letter topic must exist, with its settings, before the first record is parked.
        if (!topics.awaitReady(TOPICS_WAIT)) {
            throw new IllegalStateException("the topics are not created yet");
        }
        parking = DeadLetterParking.open(name(), deadLetterQueue, deadLetters);
        KafkaConsumer<String, byte[]> consumer =
                clients.consumer(instanceId + "-" + name(), "isoledger-" + name(), instanceId + "-" + name());
        consumer.subscribe(List.of(Topics.EVENTS), new SeekToStoredOffsets(name(), consumer));
        return consumer;
    }

    @Override
    protected void beforePoll(KafkaConsumer<String, byte[]> consumer) {
        CompletableFuture<Void> request = rebuild.getAndSet(null);
        if (request == null) {
            return;
        }
        int owned = consumer.assignment().size();
        int all = consumer.partitionsFor(Topics.EVENTS).size();
        if (owned < all) {
            // Right after a (re)start the partitions may still be on their way: wait a little.
            if (System.nanoTime() - rebuildAskedAt < REBUILD_ASSIGNMENT_WAIT.toNanos()) {
                rebuild.compareAndSet(null, request);
                return;
            }
            request.completeExceptionally(new IllegalStateException("This instance's " + name() + " owns " + owned
                    + " of the " + all + " partitions; rebuild with one instance running."));
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            projections().forEach(ReadModelProjection::clear);
            ProjectionOffset.delete("projector", name());
        });
        consumer.seekToBeginning(consumer.assignment());
        LOG.infof("%s cleared; replaying the events topic from the start", name());
        request.complete(null);
    }

    @Override
    protected void handle(KafkaConsumer<String, byte[]> consumer, ConsumerRecords<String, byte[]> records) {
        Map<String, Long> batchVersions = new HashMap<>();
        Map<String, Long> projectedVersions = batchVersions;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (TopicPartition partition : records.partitions()) {
                    List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
                    batch.forEach(record -> project(record, batchVersions));
                    storeOffset(
                            partition.partition(), batch.get(batch.size() - 1).offset() + 1);
                }
            });
        } catch (RuntimeException batchFailed) {
            LOG.warnf(
                    "%s: a batch of %d events failed (%s); projecting it one event at a time",
                    name(), records.count(), FailedBatchRecovery.reasonOf(batchFailed));
            projectedVersions = new FailedBatchRecovery(name(), database)
                    .recover(
                            records,
                            (record, versions) -> {
                                project(record, versions);
                                storeOffset(record.partition(), record.offset() + 1);
                            },
                            this::storeOffset,
                            parking);
        }
        committed(projectedVersions);
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

    private void storeOffset(int partition, long nextOffset) {
        ProjectionOffset offset = ProjectionOffset.findById(ProjectionOffset.key(name(), partition));
        if (offset == null) {
            new ProjectionOffset(name(), partition, nextOffset).persist();
        } else {
            offset.advanceTo(nextOffset);
        }
    }
}
