package io.isoledger.alerts;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import io.isoledger.readmodel.PatientRow;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the safety alerts: one raised adds an open alert, its resolution resolves it. No other
 * event touches them.
 */
@ApplicationScoped
public class SafetyAlertProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS = EventHandlers.<RecordedEvent>reading(
            on(SafetyAlertRaised.class, SafetyAlertProjection::raised),
            on(SafetyAlertResolved.class, SafetyAlertProjection::resolved));

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void raised(SafetyAlertRaised e, RecordedEvent recorded) {
        SafetyAlert alert = new SafetyAlert();
        alert.placeAt(recorded, e.alertId());
        alert.alertId = e.alertId();
        alert.rule = e.rule();
        alert.blocking = e.blocking();
        alert.reason = e.reason();
        alert.raisedOn = e.raisedOn();
        alert.raisedAt = recorded.metadata().time();
        alert.status = SafetyAlert.OPEN;
        alert.persist();
    }

    private static void resolved(SafetyAlertResolved e, RecordedEvent recorded) {
        SafetyAlert alert = PatientRow.existing(SafetyAlert.class, e.patientId(), e.alertId());
        alert.status = SafetyAlert.RESOLVED;
        alert.resolvedBy = e.resolvedBy();
        alert.resolutionNote = e.note();
        alert.resolvedOn = e.resolvedOn();
        alert.resolvedAt = recorded.metadata().time();
    }

    @Override
    public void clear() {
        SafetyAlert.deleteAll();
    }
}
