package io.isoledger.projection;

import io.isoledger.eventlog.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records how far each patient's stream is projected, in the same transaction as the rows: every
 * event, whatever its type, advances its patient's {@link ProjectedStream}, which {@link
 * ReadYourWrites} waits on.
 */
@ApplicationScoped
public class ProjectedStreamProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent event) {
        if (event.sequence() == 1) {
            // A stream's first event: no row can exist yet, so none is looked for (a replay's
            // hundreds of thousands of patients would each cost a database round trip).
            new ProjectedStream(event.patientId(), event.sequence()).persist();
            return;
        }
        ProjectedStream stream = ProjectedStream.findById(event.patientId());
        if (stream == null) {
            new ProjectedStream(event.patientId(), event.sequence()).persist();
        } else {
            stream.advanceTo(event.sequence());
        }
    }

    @Override
    public void clear() {
        ProjectedStream.deleteAll();
    }
}
