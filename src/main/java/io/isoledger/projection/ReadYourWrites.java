package io.isoledger.projection;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.eventlog.Topics;
import io.isoledger.logging.LogPseudonyms;
import io.isoledger.logging.SafeReasons;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Lets a write answer only once its events are in the read model. The local projector wakes the
 * waiters at once and remembers what it committed last, so a write it projected before the reply
 * came asks nobody; the database is asked when no wake-up came soon, because another instance may
 * project the patient's partition.
 */
@ApplicationScoped
public class ReadYourWrites {

    private static final Logger LOG = Logger.getLogger(ReadYourWrites.class);
    private static final long FIRST_WAIT_MS = 25;
    private static final long LOCAL_CHECK_MS = 1000;
    private static final long DATABASE_CHECK_MS = 200;
    private static final int RECENT_PATIENTS = 50_000;

    @Inject
    IsoLedgerConfig config;

    private volatile Set<Integer> localPartitions = Set.of();

    /** The versions this instance's projector committed last, by patient (the most recent patients). */
    private final Map<String, Long> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > RECENT_PATIENTS;
        }
    };

    /** The writes waiting, by patient: a committed batch wakes its patients' waiters only. */
    private final Map<String, Set<Waiter>> waiters = new ConcurrentHashMap<>();

    /** One write waiting for its patient's stream to be projected up to its version (identity, not value). */
    private static final class Waiter {
        final long version;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        Waiter(long version) {
            this.version = version;
        }
    }

    /** True once the patient's stream is projected up to {@code version}; false after the timeout. */
    public boolean await(String patientId, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Waiter waiter = new Waiter(version);
        waiters.compute(patientId, (id, waiting) -> {
            Set<Waiter> set = waiting == null ? ConcurrentHashMap.newKeySet() : waiting;
            set.add(waiter);
            return set;
        });
        try {
            // This instance's projector committed it already: no need to ask the database.
            if (recentlyProjected(patientId) >= version) {
                return true;
            }
            // Where this instance's projector holds the patient's partition, its wake-up comes: the
            // database is asked only now and then, in case the partition moves. Elsewhere, soon and often.
            boolean local = localPartitions.contains(
                    Topics.partitionOf(patientId, config.topics().partitions()));
            long wait = local ? LOCAL_CHECK_MS : FIRST_WAIT_MS;
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    waiter.done.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(wait)), TimeUnit.NANOSECONDS);
                    return true;
                } catch (TimeoutException e) {
                    // Another instance may project the patient's partition: ask the database.
                    if (projectedVersion(patientId) >= version) {
                        return true;
                    }
                    wait = local ? LOCAL_CHECK_MS : DATABASE_CHECK_MS;
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        } finally {
            waiters.computeIfPresent(patientId, (id, waiting) -> {
                waiting.remove(waiter);
                return waiting.isEmpty() ? null : waiting;
            });
        }
    }

    private long recentlyProjected(String patientId) {
        synchronized (recent) {
            return recent.getOrDefault(patientId, 0L);
        }
    }

    /** Called by the projector before each poll: the partitions of the events topic it holds. */
    void projectsLocally(Set<Integer> partitions) {
        localPartitions = partitions;
    }

    /** Called when the read models were rebuilt: what was projected before is gone from them. */
    void forget() {
        synchronized (recent) {
            recent.clear();
        }
    }

    /** Called by the projector after its transaction committed. */
    void projected(String patientId, long version) {
        synchronized (recent) {
            recent.merge(patientId, version, Math::max);
        }
        Set<Waiter> waiting = waiters.get(patientId);
        if (waiting != null) {
            waiting.stream().filter(w -> w.version <= version).forEach(w -> w.done.complete(null));
        }
    }

    /**
     * How far the database says the stream is projected; -1 when it does not answer. The write is
     * committed to the log by now: a database outage makes it "accepted, not yet readable" (202),
     * never a failure.
     */
    private static long projectedVersion(String patientId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ProjectedStream.versionOf(patientId));
        } catch (RuntimeException e) {
            LOG.debugf("projected version of patient %s unknown: %s", LogPseudonyms.of(patientId), SafeReasons.of(e));
            return -1;
        }
    }
}
