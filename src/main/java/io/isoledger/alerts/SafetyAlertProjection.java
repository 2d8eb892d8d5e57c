package io.isoledger.alerts;

import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SafetyAlertProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        if (recorded.event() instanceof SafetyAlertRaised e) {
            SafetyAlert alert = new SafetyAlert();
            alert.id = SafetyAlert.id(e.patientId(), e.alertId());
            alert.patientId = e.patientId();
            alert.alertId = e.alertId();
            alert.sequence = recorded.sequence();
            alert.rule = e.rule();
            alert.blocking = e.blocking();
            alert.reason = e.reason();
            alert.raisedOn = e.raisedOn();
            alert.raisedAt = recorded.metadata().time();
            alert.status = SafetyAlert.OPEN;
            alert.persist();
        } else if (recorded.event() instanceof SafetyAlertResolved e) {
            SafetyAlert alert = SafetyAlert.findById(SafetyAlert.id(e.patientId(), e.alertId()));
            if (alert == null) {
                throw new IllegalStateException("Resolution of unknown alert " + e.alertId() + " of " + e.patientId());
            }
            alert.status = SafetyAlert.RESOLVED;
            alert.resolvedBy = e.resolvedBy();
            alert.resolutionNote = e.note();
            alert.resolvedOn = e.resolvedOn();
            alert.resolvedAt = recorded.metadata().time();
        }
    }

    @Override
    public void clear() {
        SafetyAlert.deleteAll();
    }
}
