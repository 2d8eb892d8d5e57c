package io.isoledger.analyticsfeed;

import io.isoledger.logging.SafeReasons;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * The feed of one partition of the events topic: the fold of its records from the first up to
 * {@link #next()}. Records before {@code resumeAt}, the group's committed offset, had their feed
 * records committed by an earlier run: they are folded again only to rebuild the patients' history,
 * and give nothing.
 */
final class PartitionFeed {

    private static final Logger LOG = Logger.getLogger(PartitionFeed.class);

    private final FeedFold fold;
    private long next;
    private long resumeAt;

    PartitionFeed(FeedFold fold, long resumeAt) {
        this.fold = fold;
        this.resumeAt = resumeAt;
    }

    /** The offset after the last record folded in. */
    long next() {
        return next;
    }

    /** Resumes the fold it holds at the group's committed offset, which is not before {@link #next()}. */
    void resumeAt(long offset) {
        this.resumeAt = offset;
    }

    /** Whether the record's feed record was committed before: it is folded, not published. */
    boolean replaying(long offset) {
        return offset < resumeAt;
    }

    /** Folds the record in; the feed record to publish, if it is not a replay and makes one. */
    Optional<ProducerRecord<String, byte[]>> apply(ConsumerRecord<String, byte[]> record) {
        boolean replay = replaying(record.offset());
        next = record.offset() + 1;
        try {
            Optional<ProducerRecord<String, byte[]>> published = fold.apply(record);
            return replay ? Optional.empty() : published;
        } catch (RuntimeException e) {
            // An event IsoLedger cannot read (the projectors park it as a dead letter) or, were the
            // mapping ever to fail, one it cannot map: it makes no record, in every run alike, and
            // the feed goes on. A later version that reads it gives it a record in a rebuild.
            if (!replay) {
                LOG.errorf(
                        "analytics feed: no record for the event at %s-%d@%d: %s",
                        record.topic(), record.partition(), record.offset(), SafeReasons.of(e));
            }
            return Optional.empty();
        }
    }
}
