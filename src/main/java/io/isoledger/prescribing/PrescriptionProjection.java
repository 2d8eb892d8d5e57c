package io.isoledger.prescribing;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.prescribing.Supply;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import io.isoledger.readmodel.PatientRow;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the prescriptions: one issued adds it, pending its dispensing (or taken as handed over if
 * issued before dispensing was recorded); its dispensing, or its expiry undispensed (R22), sets its
 * supply's status. No other event touches them.
 */
@ApplicationScoped
public class PrescriptionProjection implements ReadModelProjection {

    private static final EventHandlers<RecordedEvent> HANDLERS = EventHandlers.<RecordedEvent>reading(
            on(PrescriptionIssued.class, PrescriptionProjection::issued),
            on(PrescriptionDispensed.class, PrescriptionProjection::dispensed),
            on(PrescriptionExpired.class, PrescriptionProjection::expired));

    @Override
    public void apply(RecordedEvent recorded) {
        HANDLERS.handle(recorded.event(), recorded);
    }

    private static void issued(PrescriptionIssued e, RecordedEvent recorded) {
        Prescription row = new Prescription();
        row.placeAt(recorded, e.prescriptionId());
        row.prescriptionId = e.prescriptionId();
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

    private static void dispensed(PrescriptionDispensed e, RecordedEvent recorded) {
        Prescription row = PatientRow.existing(Prescription.class, e.patientId(), e.prescriptionId());
        row.supplyStatus = Supply.Status.DISPENSED;
        row.dispensedOn = e.dispensedOn();
        row.pharmacyId = e.pharmacyId();
        row.quantityDispensed = e.quantity();
    }

    private static void expired(PrescriptionExpired e, RecordedEvent recorded) {
        Prescription row = PatientRow.existing(Prescription.class, e.patientId(), e.prescriptionId());
        row.supplyStatus = Supply.Status.EXPIRED;
        row.expiredOn = e.expiredOn();
    }

    @Override
    public void clear() {
        Prescription.deleteAll();
    }
}
