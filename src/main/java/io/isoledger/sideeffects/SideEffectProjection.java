package io.isoledger.sideeffects;

import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SideEffectProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        if (!(recorded.event() instanceof SideEffectReported e)) {
            return;
        }
        SideEffect row = new SideEffect();
        row.id = SideEffect.id(e.patientId(), recorded.sequence());
        row.patientId = e.patientId();
        row.sequence = recorded.sequence();
        row.term = e.term();
        row.grade = e.grade();
        row.onsetOn = e.onsetOn();
        row.reportedBy = e.reportedBy();
        row.notes = e.notes();
        row.expected = e.expected();
        row.reportedAt = recorded.metadata().time();
        row.persist();
    }

    @Override
    public void clear() {
        SideEffect.deleteAll();
    }
}
