package io.isoledger.fhir;

import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.history.PatientEvents.Recorded;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationDispense.MedicationDispenseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A dispensing as a {@code MedicationDispense}: the capsules handed over, on which day, by which
 * pharmacy, for the prescription's {@code MedicationRequest}; the days they last at the prescribed
 * capsules a day. One per prescription (R22: a prescription is dispensed once).
 */
final class FhirMedicationDispenses {

    private FhirMedicationDispenses() {}

    static MedicationDispense of(Recorded recorded, PrescriptionDispensed e, PrescriptionIssued prescription) {
        MedicationDispense dispense = new MedicationDispense();
        dispense.setId(FhirIds.dispense(e.patientId(), e.prescriptionId()));
        dispense.setStatus(MedicationDispenseStatus.COMPLETED);
        dispense.setMedication(FhirMedicationRequests.medication(prescription.strengthMg()));
        dispense.setSubject(FhirIds.patientReference(e.patientId()));
        String requestId = FhirIds.prescription(e.patientId(), e.prescriptionId());
        dispense.addAuthorizingPrescription(new Reference(FhirIds.fullUrl("MedicationRequest", requestId))
                .setIdentifier(
                        new Identifier().setSystem(FhirCodes.PRESCRIPTION_ID).setValue(e.prescriptionId())));
        dispense.addPerformer()
                .setActor(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem(FhirCodes.PHARMACY_ID)
                                .setValue(e.pharmacyId())));
        dispense.setQuantity(FhirCodes.capsules(e.quantity()));
        int days = e.quantity() / prescription.capsulesPerDay();
        Duration daysSupply = new Duration();
        daysSupply.setValue(days).setUnit("days").setSystem(FhirCodes.UCUM).setCode("d");
        dispense.setDaysSupply(daysSupply);
        dispense.setWhenHandedOverElement(FhirCodes.dateTime(e.dispensedOn()));
        FhirCodes.narrative(
                dispense,
                e.prescriptionId() + ": " + e.quantity() + (e.quantity() == 1 ? " capsule" : " capsules") + " of "
                        + prescription.strengthMg() + " mg (" + days + (days == 1 ? " day" : " days")
                        + ") handed over on " + e.dispensedOn() + " by pharmacy " + e.pharmacyId());
        return FhirCodes.lastUpdated(dispense, recorded.time());
    }
}
