package io.isoledger.procedures;

import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.eventlog.WireJson;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ScheduledProcedureProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        if (!(recorded.event() instanceof ProcedureScheduled e)) {
            return;
        }
        ScheduledProcedure row = new ScheduledProcedure();
        row.id = e.patientId() + "/" + e.procedureId();
        row.patientId = e.patientId();
        row.procedureId = e.procedureId();
        row.sequence = recorded.sequence();
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
