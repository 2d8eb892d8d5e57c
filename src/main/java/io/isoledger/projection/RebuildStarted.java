package io.isoledger.projection;

/**
 * Thrown inside a projector's transaction that finds its read models rebuilt since it last looked:
 * the batch is dropped, and the projector starts again from the offsets the rebuild left.
 */
final class RebuildStarted extends RuntimeException {

    private final long generation;

    RebuildStarted(long generation) {
        super("the read models were rebuilt (generation " + generation + ")", null, false, false);
        this.generation = generation;
    }

    long generation() {
        return generation;
    }
}
