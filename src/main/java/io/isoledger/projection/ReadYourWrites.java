package io.isoledger.projection;

import io.isoledger.logging.LogPseudonyms;
import io.isoledger.logging.SafeReasons;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Lets a write answer only once its events are in the read model. The local projector wakes the
 * waiters at once; the database is asked too, because another instance may own the partition.
 */
@ApplicationScoped
public class ReadYourWrites {

    private static final Logger LOG = Logger.getLogger(ReadYourWrites.class);
    private static final long DATABASE_CHECK_MS = 200;

    private final Map<String, Waiter> waiters = new ConcurrentHashMap<>();

    private record Waiter(long version, CompletableFuture<Void> done) {}

    /** True once the patient's stream is projected up to {@code version}; false after the timeout. */
    public boolean await(String patientId, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String key = patientId + "#" + version + "#" + System.nanoTime();
        Waiter waiter = new Waiter(version, new CompletableFuture<>());
        waiters.put(key, waiter);
        try {
            while (true) {
                if (projectedVersion(patientId) >= version) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    waiter.done()
                            .get(
                                    Math.min(left, TimeUnit.MILLISECONDS.toNanos(DATABASE_CHECK_MS)),
                                    TimeUnit.NANOSECONDS);
                    return true;
                } catch (TimeoutException e) {
                    // ask the database again
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        } finally {
            waiters.remove(key);
        }
    }

    /** Called by the projector after its transaction committed. */
    void projected(String patientId, long version) {
        String prefix = patientId + "#";
        waiters.forEach((key, waiter) -> {
            if (key.startsWith(prefix) && waiter.version() <= version) {
                waiter.done().complete(null);
            }
        });
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
