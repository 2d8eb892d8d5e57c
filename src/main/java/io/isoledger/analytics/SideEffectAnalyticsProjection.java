package io.isoledger.analytics;

import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tags each side-effect report with the daily dose of the patient's latest prescription before it.
 * A patient's events arrive in stream order, so the dose on record is the one of that moment.
 */
@Analytics
@ApplicationScoped
public class SideEffectAnalyticsProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        if (recorded.event() instanceof PrescriptionIssued e) {
            PatientDailyDose.record(e.patientId(), e.dailyDoseMg());
        } else if (recorded.event() instanceof SideEffectReported e) {
            SideEffectFact fact = new SideEffectFact();
            fact.id = SideEffectFact.id(e.patientId(), recorded.sequence());
            fact.onsetOn = e.onsetOn();
            fact.term = e.term();
            fact.grade = e.grade();
            fact.doseBand = DoseBand.of(PatientDailyDose.of(e.patientId()));
            fact.persist();
        }
    }

    @Override
    public void clear() {
        SideEffectFact.deleteAll();
        PatientDailyDose.deleteAll();
    }
}
