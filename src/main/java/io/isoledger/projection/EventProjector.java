package io.isoledger.projection;

import io.isoledger.eventlog.ConsumerLoop;
import io.isoledger.eventlog.EventCodec;
import io.isoledger.eventlog.KafkaClients;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
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
 * database holds, not Kafka's.
 */
public abstract class EventProjector extends ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(EventProjector.class);

    @Inject
    KafkaClients clients;

    @ConfigProperty(name = "isoledger.instance-id")
    String instanceId;

    private final AtomicReference<CompletableFuture<Void>> rebuild = new AtomicReference<>();

    /** Names the projector's offsets and its consumer group. */
    protected abstract String name();

    protected abstract Iterable<? extends ReadModelProjection> projections();

    /** Called after each batch committed, with the highest version projected per patient. */
    protected void committed(Map<String, Long> projectedVersions) {}

    /**
     * Drops every read model row and offset and projects the events topic again from its start.
     * Completes once the rows are cleared; the replay then proceeds as ordinary projection.
     */
    public CompletableFuture<Void> rebuild() {
        CompletableFuture<Void> request = new CompletableFuture<>();
        CompletableFuture<Void> earlier = rebuild.getAndSet(request);
        if (earlier != null) {
            request.whenComplete((v, e) -> earlier.complete(null));
        }
        return request;
    }

    @Override
    protected KafkaConsumer<String, byte[]> open() {
        KafkaConsumer<String, byte[]> consumer = clients.consumer(
                instanceId + "-" + name(), "isoledger-" + name(), instanceId + "-" + name());
        consumer.subscribe(List.of(Topics.EVENTS), new SeekToStoredOffsets(name(), consumer));
        return consumer;
    }

    @Override
    protected void beforePoll(KafkaConsumer<String, byte[]> consumer) {
        CompletableFuture<Void> request = rebuild.getAndSet(null);
        if (request == null) {
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
        Map<String, Long> projectedVersions = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
                batch.forEach(record -> project(record, projectedVersions));
                storeOffset(partition.partition(), batch.get(batch.size() - 1).offset() + 1);
            }
        });
        committed(projectedVersions);
    }

    private void project(ConsumerRecord<String, byte[]> record, Map<String, Long> projectedVersions) {
        RecordedEvent event;
        try {
            event = EventCodec.decode(record);
        } catch (UnreadableEventException e) {
            LOG.errorf("Skipping unreadable event at %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
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

    /** Positions each newly assigned partition at the offset stored with the read model. */
    private record SeekToStoredOffsets(String projector, KafkaConsumer<String, byte[]> consumer)
            implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<Integer, Long> stored = QuarkusTransaction.requiringNew().call(() -> {
                Map<Integer, Long> offsets = new HashMap<>();
                ProjectionOffset.<ProjectionOffset>list("projector", projector)
                        .forEach(o -> offsets.put(o.partition(), o.nextOffset()));
                return offsets;
            });
            for (TopicPartition partition : partitions) {
                Long next = stored.get(partition.partition());
                if (next == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, next);
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to commit: the offsets are already in the database with the rows.
        }
    }
}
