package io.isoledger.decider;

import io.isoledger.logging.SafeReasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * After an upgrade that changed the decider state's format, the first command that meets an old
 * snapshot asks for a rebuild of every patient's state from the events topic; meanwhile such
 * commands answer 503 and decide nothing. One rebuild runs at a time, off the decider's threads.
 */
@ApplicationScoped
public class StaleStateRepair {

    private static final Logger LOG = Logger.getLogger(StaleStateRepair.class);

    @Inject
    DeciderStateRebuilder rebuilder;

    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "isoledger-stale-state-repair");
        thread.setDaemon(true);
        return thread;
    });

    /** Called from a decider thread: must not block it. */
    void staleSnapshotFound() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        LOG.warn("A decider state of an older snapshot format was found; rebuilding every patient's state");
        executor.execute(() -> {
            try {
                rebuilder.rebuild();
            } catch (RuntimeException e) {
                LOG.errorf(
                        SafeReasons.redacted(e),
                        "Rebuilding the decider state failed; the next old snapshot met retries it");
            } finally {
                running.set(false);
            }
        });
    }
}
