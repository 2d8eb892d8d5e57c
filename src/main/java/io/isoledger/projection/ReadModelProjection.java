package io.isoledger.projection;

import io.isoledger.eventlog.RecordedEvent;

/**
 * One read model's slice of the projection. The projector calls it inside the batch's database
 * transaction, together with the offsets, so a row is never written twice nor skipped.
 */
public interface ReadModelProjection {

    void apply(RecordedEvent event);

    /** Deletes every row of this read model, before a rebuild from the first event. */
    void clear();
}
