package io.isoledger.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** Positions each newly assigned partition at the offset stored with the read model. */
record SeekToStoredOffsets(String projector, KafkaConsumer<String, byte[]> consumer)
        implements ConsumerRebalanceListener {

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<Integer, Long> stored =
                QuarkusTransaction.requiringNew().call(() -> ProjectionOffset.nextOffsets(projector));
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
