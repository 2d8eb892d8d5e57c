package io.isoledger.analytics;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counts each side-effect report under its onset day, term, grade and the daily dose of the
 * patient's latest prescription before it ({@link SideEffectDayCount}). A patient's events arrive in
 * stream order, so the dose on record is the one of that moment. No other event touches these rows.
 */
@Analytics
@ApplicationScoped
public class SideEffectAnalyticsProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS = EventHandlers.<RecordedEvent>reading(
            on(PrescriptionIssued.class, SideEffectAnalyticsProjection::issued),
            on(SideEffectReported.class, SideEffectAnalyticsProjection::reported));

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void issued(PrescriptionIssued e, RecordedEvent recorded) {
        PatientDailyDose.record(e.patientId(), e.dailyDoseMg());
    }

    private static void reported(SideEffectReported e, RecordedEvent recorded) {
        SideEffectDayCount.countOne(e.onsetOn(), e.term(), e.grade(), DoseBand.of(PatientDailyDose.of(e.patientId())));
    }

    @Override
    public void clear() {
        SideEffectDayCount.deleteAll();
        PatientDailyDose.deleteAll();
    }
}
