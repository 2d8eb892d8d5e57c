package io.isoledger.fhir;

import io.isoledger.domain.Sex;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.history.PatientEvents.Recorded;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;

/** The enrolment as a {@code Patient}: the hospital's id, sex and birth date. */
final class FhirPatients {

    private FhirPatients() {}

    static Patient of(Recorded recorded, PatientEnrolled e) {
        Patient patient = new Patient();
        patient.setId(FhirIds.patient(e.patientId()));
        patient.addIdentifier().setSystem(FhirCodes.PATIENT_ID).setValue(e.patientId());
        patient.setActive(true);
        patient.setGender(gender(e.sex()));
        patient.setBirthDateElement(FhirCodes.date(e.birthDate()));
        FhirCodes.narrative(
                patient, "Patient " + e.patientId() + ", " + FhirCodes.lowerWords(e.sex()) + ", born " + e.birthDate());
        return FhirCodes.lastUpdated(patient, recorded.time());
    }

    private static AdministrativeGender gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }
}
