package io.isoledger.projection;

import io.isoledger.eventlog.RecordedEvent;

/**
 * One read model's slice of the projection. The projector calls it inside the batch's database
 * transaction, together with the offsets ({@link BatchTransaction}), so a row is never written twice
 * nor skipped. A read model does the same with every event (the history, the projected versions),
 * or names the event types it reads with {@link EventHandlers}, never by testing the event's class;
 * which types each reads is the table "Who reads which event" in docs/architecture.md, and a new
 * event type fails the tests until every read model has decided there whether it reads it.
 */
public interface ReadModelProjection {

    void apply(RecordedEvent event);

    /**
     * Called once per transaction, after its last event and before the offsets commit with it: a
     * read model that keeps per-patient work until the batch ends (planning a patient once for all
     * of its events in the batch, as {@code io.isoledger.worklist.PlanStepProjection} does) writes
     * it here. Work kept for it must belong to the transaction, so a batch that rolls back leaves
     * none behind.
     */
    default void beforeCommit() {}

    /** Deletes every row of this read model, before a rebuild from the first event. */
    void clear();
}
