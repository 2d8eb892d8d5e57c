package io.isoledger.analytics;

import static io.isoledger.projection.EventHandlers.ignored;

import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tags each side-effect report with the daily dose of the patient's latest prescription before it.
 * A patient's events arrive in stream order, so the dose on record is the one of that moment. No
 * other event touches these rows.
 */
@Analytics
@ApplicationScoped
public class SideEffectAnalyticsProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS = EventHandlers.<RecordedEvent>forEveryType()
            .patientEnrolled(ignored())
            .bloodTestRecorded(ignored())
            .prescriptionIssued(SideEffectAnalyticsProjection::issued)
            .sideEffectReported(SideEffectAnalyticsProjection::reported)
            .reproductiveStatusDeclared(ignored())
            .pregnancyTestRecorded(ignored())
            .contraceptionConfirmed(ignored())
            .concomitantMedicationRecorded(ignored())
            .procedureScheduled(ignored())
            .treatmentEnded(ignored())
            .safetyAlertRaised(ignored())
            .safetyAlertResolved(ignored())
            .weightRecorded(ignored())
            .contraceptionStopped(ignored())
            .contraceptionFailureReported(ignored())
            .reproductivePotentialChanged(ignored())
            .prescriptionDispensed(ignored())
            .prescriptionExpired(ignored());

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void issued(PrescriptionIssued e, RecordedEvent recorded) {
        PatientDailyDose.record(e.patientId(), e.dailyDoseMg());
    }

    private static void reported(SideEffectReported e, RecordedEvent recorded) {
        SideEffectFact fact = new SideEffectFact();
        fact.id = SideEffectFact.id(e.patientId(), recorded.sequence());
        fact.onsetOn = e.onsetOn();
        fact.term = e.term();
        fact.grade = e.grade();
        fact.doseBand = DoseBand.of(PatientDailyDose.of(e.patientId()));
        fact.persist();
    }

    @Override
    public void clear() {
        SideEffectFact.deleteAll();
        PatientDailyDose.deleteAll();
    }
}
