package io.isoledger.prescribing;

import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PrescriptionProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        if (!(recorded.event() instanceof PrescriptionIssued e)) {
            return;
        }
        Prescription row = new Prescription();
        row.id = Prescription.id(e.patientId(), e.prescriptionId());
        row.prescriptionId = e.prescriptionId();
        row.patientId = e.patientId();
        row.sequence = recorded.sequence();
        row.strengthMg = e.strengthMg();
        row.capsulesPerDay = e.capsulesPerDay();
        row.dailyDoseMg = e.dailyDoseMg();
        row.daysSupply = e.daysSupply();
        row.totalMg = e.totalMg();
        row.startsOn = e.startsOn();
        row.endsOn = e.endsOn();
        row.issuedOn = e.issuedOn();
        row.prescriberId = e.prescriberId();
        row.issuedAt = recorded.metadata().time();
        row.persist();
    }

    @Override
    public void clear() {
        Prescription.deleteAll();
    }
}
