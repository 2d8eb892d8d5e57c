package io.isoledger.projection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * One projector loop's knowledge of its read models' generation ({@link ProjectionGeneration}):
 * which rebuild its consumer's positions belong to. Used only on the loop's thread.
 */
final class RebuildWatch {

    private static final long CHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final String projector;
    private long generation;
    private long checkedAt;

    RebuildWatch(String projector) {
        this.projector = projector;
    }

    /** Learns the generation; call it before the consumer's first assignment seeks to the stored offsets. */
    void learn() {
        adopt(QuarkusTransaction.requiringNew().call(() -> ProjectionGeneration.current(projector)));
    }

    /**
     * At most once a second, outside any transaction: the new generation if a rebuild happened since,
     * so an idle projector notices it without waiting for the next event.
     */
    OptionalLong rebuiltSince() {
        if (System.nanoTime() - checkedAt < CHECK_NANOS) {
            return OptionalLong.empty();
        }
        checkedAt = System.nanoTime();
        long current = QuarkusTransaction.requiringNew().call(() -> ProjectionGeneration.current(projector));
        return current == generation ? OptionalLong.empty() : OptionalLong.of(current);
    }

    /**
     * In a batch's transaction: holds off any rebuild until the transaction ends, or throws
     * {@link RebuildStarted} if one happened since the positions were taken.
     */
    void hold() {
        long current = ProjectionGeneration.holdAgainstRebuild(projector);
        if (current != generation) {
            throw new RebuildStarted(current);
        }
    }

    void adopt(long rebuiltGeneration) {
        generation = rebuiltGeneration;
        checkedAt = System.nanoTime();
    }
}
