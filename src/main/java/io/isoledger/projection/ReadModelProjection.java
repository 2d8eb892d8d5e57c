package io.isoledger.projection;

import io.isoledger.eventlog.RecordedEvent;

/**
 * One read model's slice of the projection. The projector calls it inside the batch's database
 * transaction, together with the offsets ({@link BatchTransaction}), so a row is never written twice
 * nor skipped. A read model does the same with every event (the history, the projected versions),
 * or decides per event type with a {@link ReadModelVisitor}, never by testing the event's class:
 * then a new event type fails the build until every read model has decided what it does with it.
 */
public interface ReadModelProjection {

    void apply(RecordedEvent event);

    /** Deletes every row of this read model, before a rebuild from the first event. */
    void clear();
}
