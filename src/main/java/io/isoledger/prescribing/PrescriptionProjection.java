package io.isoledger.prescribing;

import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.prescribing.Supply;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PrescriptionProjection implements ReadModelProjection {

    @Override
    public void apply(RecordedEvent recorded) {
        if (recorded.event() instanceof PrescriptionIssued e) {
            issued(e, recorded);
        } else if (recorded.event() instanceof PrescriptionDispensed e) {
            Prescription row = existing(e.patientId(), e.prescriptionId());
            row.supplyStatus = Supply.Status.DISPENSED;
            row.dispensedOn = e.dispensedOn();
            row.pharmacyId = e.pharmacyId();
            row.quantityDispensed = e.quantity();
        } else if (recorded.event() instanceof PrescriptionExpired e) {
            Prescription row = existing(e.patientId(), e.prescriptionId());
            row.supplyStatus = Supply.Status.EXPIRED;
            row.expiredOn = e.expiredOn();
        }
    }

    private static Prescription existing(String patientId, String prescriptionId) {
        Prescription row = Prescription.findById(Prescription.id(patientId, prescriptionId));
        if (row == null) {
            throw new IllegalStateException("No prescription " + prescriptionId + " of " + patientId);
        }
        return row;
    }

    private static void issued(PrescriptionIssued e, RecordedEvent recorded) {
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
        row.dispenseBy = e.dispenseBy();
        // Issued before dispensing was recorded (no deadline): taken as handed over.
        row.supplyStatus = e.dispenseBy() == null ? Supply.Status.DISPENSED : Supply.Status.PENDING;
        row.persist();
    }

    @Override
    public void clear() {
        Prescription.deleteAll();
    }
}
