package io.isoledger.projection;

import io.isoledger.projection.DeadLetterQueue.SourcePosition;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * One projector's parking of the events it cannot read or project, for one life of its consumer: it knows
 * what the projector parked before, from the dead-letter topic itself, so a replay of the events
 * topic (a rebuild, a new database, a retry after a failed batch) does not park a record again,
 * nor count it again as a new dead letter. Used only on the projector's own thread.
 */
final class DeadLetterParking {

    private static final Logger LOG = Logger.getLogger(DeadLetterParking.class);

    private final String projector;
    private final DeadLetterQueue queue;
    private final DeadLetters deadLetters;
    private final Set<SourcePosition> parked;

    private DeadLetterParking(
            String projector, DeadLetterQueue queue, DeadLetters deadLetters, Set<SourcePosition> parked) {
        this.projector = projector;
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.parked = parked;
    }

    /** Reads what the projector parked so far; fails, to be retried, while the topic is unreadable. */
    static DeadLetterParking open(String projector, DeadLetterQueue queue, DeadLetters deadLetters) {
        deadLetters.track(projector);
        return new DeadLetterParking(projector, queue, deadLetters, queue.parkedBy(projector));
    }

    /**
     * Parks the record unless it is parked already, and returns once the broker has it: the caller
     * then moves its offset past the record in its database transaction. A crash between the two
     * parks it again on the next start (readers de-duplicate by source partition and offset).
     */
    void park(ConsumerRecord<String, byte[]> record, String reason) {
        SourcePosition position = new SourcePosition(record.partition(), record.offset());
        if (parked.contains(position)) {
            LOG.debugf(
                    "%s: the event at %s-%d@%d is parked already",
                    projector, record.topic(), record.partition(), record.offset());
            return;
        }
        queue.park(projector, record, reason);
        parked.add(position);
        deadLetters.parked(projector);
        // The reason is on the dead letter (a topic for those who may read patient data), not in the
        // log: it may quote the event's values.
        LOG.errorf(
                "%s: parked the event at %s-%d@%d as a dead letter (the reason is on the dead letter record)",
                projector, record.topic(), record.partition(), record.offset());
    }
}
