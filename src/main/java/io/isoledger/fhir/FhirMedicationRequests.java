package io.isoledger.fhir;

import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.history.PatientEvents.Recorded;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestDispenseRequestComponent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;

/**
 * A prescription as a {@code MedicationRequest}: isotretinoin oral capsules (RxNorm for 10 mg and
 * 20 mg), capsules and milligrams a day, the supply's days and dates, the days it may be dispensed
 * (R22) as the dispense request's validity period. Active while its supply runs, completed after;
 * stopped when its course ended before the supply's last day; cancelled when it expired undispensed.
 */
final class FhirMedicationRequests {

    /** RxNorm's clinical drugs for the capsule strengths IsoLedger prescribes (R7). */
    private static final String RXNORM_10_MG = "197843";

    private static final String RXNORM_20_MG = "197844";

    private FhirMedicationRequests() {}

    /** @param expiry the event that expired it undispensed (R22), or null */
    static MedicationRequest of(
            Recorded recorded, PrescriptionIssued e, Optional<Courses.Entry> course, Recorded expiry, LocalDate today) {
        MedicationRequest request = new MedicationRequest();
        request.setId(FhirIds.prescription(e.patientId(), e.prescriptionId()));
        request.addIdentifier().setSystem(FhirCodes.PRESCRIPTION_ID).setValue(e.prescriptionId());
        request.setIntent(MedicationRequestIntent.ORDER);
        request.setMedication(medication(e.strengthMg()));
        request.setSubject(FhirIds.patientReference(e.patientId()));
        request.setAuthoredOnElement(FhirCodes.dateTime(e.issuedOn()));
        request.setRequester(new Reference()
                .setIdentifier(
                        new Identifier().setSystem(FhirCodes.PRESCRIBER_ID).setValue(e.prescriberId())));
        request.addDosageInstruction(dosage(e));
        request.setDispenseRequest(dispense(e));
        String summary = e.prescriptionId() + ": "
                + request.getMedicationCodeableConcept().getText() + ", "
                + request.getDosageInstructionFirstRep().getText() + ", " + e.daysSupply() + " days from "
                + e.startsOn() + " to " + e.endsOn();
        if (expiry != null) {
            String reason = "not dispensed by " + e.dispenseBy() + "; expired on "
                    + ((PrescriptionExpired) expiry.event()).expiredOn() + " (R22)";
            request.setStatus(MedicationRequestStatus.CANCELLED);
            request.setStatusReason(new CodeableConcept().setText(reason));
            FhirCodes.narrative(request, summary + "; cancelled: " + reason);
            return FhirCodes.lastUpdated(request, expiry.time());
        }
        Optional<Courses.Entry> endedEarly = course.filter(c -> c.end() != null)
                .filter(c -> c.end().endedOn().isBefore(e.endsOn()));
        if (endedEarly.isPresent()) {
            Courses.Entry c = endedEarly.get();
            String reason = "the treatment ended on " + c.end().endedOn() + " ("
                    + FhirCodes.lowerWords(c.end().reason()) + ")";
            request.setStatus(MedicationRequestStatus.STOPPED);
            request.setStatusReason(new CodeableConcept().setText(reason));
            FhirCodes.narrative(request, summary + "; stopped: " + reason);
            return FhirCodes.lastUpdated(request, c.lastUpdated());
        }
        request.setStatus(
                today.isAfter(e.endsOn()) ? MedicationRequestStatus.COMPLETED : MedicationRequestStatus.ACTIVE);
        FhirCodes.narrative(request, summary + "; " + request.getStatus().toCode());
        return FhirCodes.lastUpdated(request, recorded.time());
    }

    static CodeableConcept medication(int strengthMg) {
        String text = "isotretinoin " + strengthMg + " MG Oral Capsule";
        CodeableConcept medication =
                switch (strengthMg) {
                    case 10 -> FhirCodes.concept(FhirCodes.RXNORM, RXNORM_10_MG, text);
                    case 20 -> FhirCodes.concept(FhirCodes.RXNORM, RXNORM_20_MG, text);
                    default ->
                        FhirCodes.concept(FhirCodes.MEDICATION, "isotretinoin-" + strengthMg + "mg-oral-capsule", text);
                };
        return medication.setText(text);
    }

    private static Dosage dosage(PrescriptionIssued e) {
        Dosage dosage = new Dosage()
                .setText(e.capsulesPerDay() + (e.capsulesPerDay() == 1 ? " capsule" : " capsules") + " of "
                        + e.strengthMg() + " mg a day by mouth (" + e.dailyDoseMg() + " mg a day)")
                .setRoute(FhirCodes.concept(FhirCodes.SNOMED, "26643006", "Oral route"));
        dosage.getTiming().getRepeat().setFrequency(1).setPeriod(1).setPeriodUnit(UnitsOfTime.D);
        dosage.addDoseAndRate().setDose(FhirCodes.capsules(e.capsulesPerDay()));
        dosage.setMaxDosePerPeriod(new Ratio()
                .setNumerator(FhirCodes.ucum(e.dailyDoseMg(), "mg", "mg"))
                .setDenominator(FhirCodes.ucum(1, "d", "day")));
        return dosage;
    }

    private static MedicationRequestDispenseRequestComponent dispense(PrescriptionIssued e) {
        MedicationRequestDispenseRequestComponent dispense = new MedicationRequestDispenseRequestComponent();
        if (e.dispenseBy() != null) { // prescriptions issued before dispensing was recorded have no window
            dispense.setValidityPeriod(new Period()
                    .setStartElement(FhirCodes.dateTime(e.issuedOn()))
                    .setEndElement(FhirCodes.dateTime(e.dispenseBy())));
        }
        dispense.setNumberOfRepeatsAllowed(0);
        dispense.setQuantity(FhirCodes.capsules(e.capsulesPerDay() * e.daysSupply()));
        Duration days = new Duration();
        days.setValue(e.daysSupply()).setUnit("days").setSystem(FhirCodes.UCUM).setCode("d");
        dispense.setExpectedSupplyDuration(days);
        return dispense;
    }
}
