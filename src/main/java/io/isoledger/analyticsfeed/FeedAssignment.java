package io.isoledger.analyticsfeed;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The partitions the feed's consumer holds, and for each the fold of its records. A newly assigned
 * partition is read again from its first record, so the patients' history is rebuilt from the
 * events alone, and published from the group's committed offset on. A fold kept from an earlier
 * assignment goes on from where it stopped, if that is not past the committed offset. Used only on
 * the consumer's thread.
 */
final class FeedAssignment implements ConsumerRebalanceListener {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Supplier<FeedFold> newFold;
    private final Map<TopicPartition, PartitionFeed> feeds = new HashMap<>();

    FeedAssignment(KafkaConsumer<String, byte[]> consumer, Supplier<FeedFold> newFold) {
        this.consumer = consumer;
        this.newFold = newFold;
    }

    PartitionFeed feedOf(TopicPartition partition) {
        PartitionFeed feed = feeds.get(partition);
        if (feed == null) {
            throw new IllegalStateException("analytics feed: records of unassigned partition " + partition);
        }
        return feed;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long resumeAt = offset == null ? 0 : offset.offset();
            PartitionFeed kept = feeds.get(partition);
            if (kept != null && kept.next() <= resumeAt) {
                kept.resumeAt(resumeAt);
                consumer.seek(partition, kept.next());
            } else {
                // Never held, or folded past what was committed (another instance's run, or an
                // aborted transaction of ours): only a fold from the first record is right.
                feeds.put(partition, new PartitionFeed(newFold.get(), resumeAt));
                consumer.seekToBeginning(List.of(partition));
            }
        }
        feeds.keySet().retainAll(consumer.assignment());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Nothing to commit: offsets are committed with the feed records. The folds are kept, as
        // they stay true to the records they folded, in case the partitions come back.
    }
}
