package io.isoledger.projection;

import io.isoledger.logging.SafeReasons;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * What a projector does when a batch's transaction fails: it goes through the batch again, one
 * record per transaction, each tried a few times. A record that still fails while the database
 * answers is the record's fault (a value no column can hold, a defect in a projection), not the
 * database's: it is parked on the dead-letter topic with the reason, and projection goes on past
 * it, instead of every later event waiting behind it forever. While the database does not answer,
 * nothing is parked: the failure is thrown, and the loop retries the batch once it reopens.
 */
final class FailedBatchRecovery {

    private static final Logger LOG = Logger.getLogger(FailedBatchRecovery.class);
    private static final int ATTEMPTS = 3;
    private static final long BACKOFF_MS = 200;
    private static final int MAX_REASON = 500;

    private final String projector;
    private final DatabaseProbe database;

    FailedBatchRecovery(String projector, DatabaseProbe database) {
        this.projector = projector;
        this.database = database;
    }

    /**
     * @param projectAndStore projects one record and stores the offset after it, inside the
     *     transaction it is called in, adding the versions it projected to the map
     * @param storeOffset stores the offset after a parked record
     * @return the highest version projected per patient
     */
    Map<String, Long> recover(
            ConsumerRecords<String, byte[]> records,
            BiConsumer<ConsumerRecord<String, byte[]>, Map<String, Long>> projectAndStore,
            BiConsumer<Integer, Long> storeOffset,
            DeadLetterParking parking) {
        Map<String, Long> projected = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                RuntimeException failure = attempt(record, projectAndStore, projected);
                if (failure == null) {
                    continue;
                }
                if (!database.answers()) {
                    throw failure;
                }
                parking.park(record, "projection failed: " + reasonOf(failure));
                QuarkusTransaction.requiringNew()
                        .run(() -> storeOffset.accept(record.partition(), record.offset() + 1));
            }
        }
        return projected;
    }

    /** Tries the record in transactions of its own; null once one commits, else the last failure. */
    private RuntimeException attempt(
            ConsumerRecord<String, byte[]> record,
            BiConsumer<ConsumerRecord<String, byte[]>, Map<String, Long>> projectAndStore,
            Map<String, Long> projected) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Map<String, Long> versions = new HashMap<>();
            try {
                QuarkusTransaction.requiringNew().run(() -> projectAndStore.accept(record, versions));
                versions.forEach((patient, version) -> projected.merge(patient, version, Math::max));
                return null;
            } catch (RebuildStarted e) {
                throw e;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf(
                        "%s: projecting %s-%d@%d failed (attempt %d of %d): %s",
                        projector,
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        attempt,
                        ATTEMPTS,
                        SafeReasons.of(e));
                pause(BACKOFF_MS * attempt);
            }
        }
        return last;
    }

    /** The innermost cause's message: the database's own words, not the wrappers'. */
    private static String reasonOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = (root.getClass().getSimpleName() + ": " + root.getMessage()).replaceAll("\\s+", " ");
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON) + "…";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a projection", e);
        }
    }
}
