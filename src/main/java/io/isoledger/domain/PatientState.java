package io.isoledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the decider knows of one patient: folded from the patient's events, never written directly.
 * {@code version} is the sequence number of the last event applied (0 before enrolment).
 */
public record PatientState(
        String patientId,
        long version,
        boolean enrolled,
        Sex sex,
        LocalDate birthDate,
        BigDecimal weightKg,
        boolean canBecomePregnant,
        List<SampledTest> bloodTests,
        List<IssuedPrescription> prescriptions) {

    public PatientState {
        bloodTests = List.copyOf(bloodTests);
        prescriptions = List.copyOf(prescriptions);
    }

    /** The analytes of one blood test and the day it was sampled. */
    public record SampledTest(LocalDate sampledOn, Set<Analyte> analytes) {
        public SampledTest {
            analytes = analytes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(analytes));
        }
    }

    /** A prescription as the rules need it. */
    public record IssuedPrescription(
            String prescriptionId, LocalDate issuedOn, LocalDate startsOn, LocalDate endsOn, int dailyDoseMg, int totalMg) {}

    public static PatientState initial(String patientId) {
        return new PatientState(patientId, 0, false, null, null, null, false, List.of(), List.of());
    }

    public Optional<IssuedPrescription> lastPrescription() {
        return prescriptions.isEmpty() ? Optional.empty() : Optional.of(prescriptions.get(prescriptions.size() - 1));
    }

    public boolean hasPrescription(String prescriptionId) {
        return prescriptions.stream().anyMatch(p -> p.prescriptionId().equals(prescriptionId));
    }

    PatientState enrolledAs(Sex sex, LocalDate birthDate, BigDecimal weightKg, boolean canBecomePregnant) {
        return new PatientState(
                patientId, version, true, sex, birthDate, weightKg, canBecomePregnant, bloodTests, prescriptions);
    }

    PatientState withBloodTest(SampledTest test) {
        var tests = new ArrayList<>(bloodTests);
        tests.add(test);
        return new PatientState(
                patientId, version, enrolled, sex, birthDate, weightKg, canBecomePregnant, tests, prescriptions);
    }

    PatientState withPrescription(IssuedPrescription prescription) {
        var issued = new ArrayList<>(prescriptions);
        issued.add(prescription);
        return new PatientState(
                patientId, version, enrolled, sex, birthDate, weightKg, canBecomePregnant, bloodTests, issued);
    }

    PatientState atVersion(long newVersion) {
        return new PatientState(
                patientId, newVersion, enrolled, sex, birthDate, weightKg, canBecomePregnant, bloodTests, prescriptions);
    }
}
