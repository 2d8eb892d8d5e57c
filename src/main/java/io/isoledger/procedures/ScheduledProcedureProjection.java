package io.isoledger.procedures;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.WireJson;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps the procedures scheduled, one row each with the conflicts found. No other event touches them. */
@ApplicationScoped
public class ScheduledProcedureProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS =
            EventHandlers.<RecordedEvent>reading(on(ProcedureScheduled.class, ScheduledProcedureProjection::scheduled));

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void scheduled(ProcedureScheduled e, RecordedEvent recorded) {
        ScheduledProcedure row = new ScheduledProcedure();
        row.placeAt(recorded, e.procedureId());
        row.procedureId = e.procedureId();
        row.kind = e.kind();
        row.scheduledOn = e.scheduledOn();
        row.conflict = e.conflict();
        row.conflicts = WireJson.MAPPER.valueToTree(e.conflicts()).toString();
        row.recordedAt = recorded.metadata().time();
        row.persist();
    }

    @Override
    public void clear() {
        ScheduledProcedure.deleteAll();
    }
}
