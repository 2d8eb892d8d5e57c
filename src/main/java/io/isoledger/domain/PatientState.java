package io.isoledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
        List<IssuedPrescription> prescriptions,
        ReproductiveStatus reproductiveStatus,
        List<PregnancyTest> pregnancyTests,
        List<LocalDate> contraceptionStarts,
        List<Medication> medications,
        List<Alert> alerts,
        List<String> procedureIds,
        LocalDate courseStartedOn,
        LocalDate treatmentEndedOn,
        LocalDate cosmeticProceduresAllowedFrom) {

    public PatientState {
        bloodTests = List.copyOf(bloodTests);
        prescriptions = List.copyOf(prescriptions);
        pregnancyTests = List.copyOf(pregnancyTests);
        contraceptionStarts = List.copyOf(contraceptionStarts);
        medications = List.copyOf(medications);
        alerts = List.copyOf(alerts);
        procedureIds = List.copyOf(procedureIds);
    }

    /** The analytes of one blood test and the day it was sampled. */
    public record SampledTest(LocalDate sampledOn, Set<Analyte> analytes) {
        public SampledTest {
            analytes = analytes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(analytes));
        }
    }

    /** A prescription as the rules need it. */
    public record IssuedPrescription(
            String prescriptionId,
            LocalDate issuedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            int dailyDoseMg,
            int totalMg) {}

    public record PregnancyTest(LocalDate sampledOn, PregnancyTestResult result) {}

    /** The latest record of a medication, by name: a record with {@code stoppedOn} ends it. */
    public record Medication(String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn) {

        public boolean activeOn(LocalDate day) {
            return stoppedOn == null || !stoppedOn.isBefore(day);
        }
    }

    public record Alert(String alertId, String rule, boolean blocking, boolean open) {}

    public static PatientState initial(String patientId) {
        return new PatientState(
                patientId, 0, false, null, null, null, false, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, null);
    }

    public TreatmentStatus status() {
        if (treatmentEndedOn != null) {
            return TreatmentStatus.ENDED;
        }
        return prescriptions.isEmpty() ? TreatmentStatus.ENROLLED : TreatmentStatus.IN_TREATMENT;
    }

    public Optional<IssuedPrescription> lastPrescription() {
        return prescriptions.isEmpty() ? Optional.empty() : Optional.of(prescriptions.get(prescriptions.size() - 1));
    }

    /**
     * The last day covered by the supplies of the current (or last) course; a supply of an earlier
     * course that was stopped does not run on into this one.
     */
    public Optional<LocalDate> supplyEndsOn() {
        return prescriptions.stream()
                .filter(p -> courseStartedOn != null && !p.startsOn().isBefore(courseStartedOn))
                .map(IssuedPrescription::endsOn)
                .max(LocalDate::compareTo);
    }

    public boolean hasPrescription(String prescriptionId) {
        return prescriptions.stream().anyMatch(p -> p.prescriptionId().equals(prescriptionId));
    }

    public Optional<Alert> alert(String alertId) {
        return alerts.stream().filter(a -> a.alertId().equals(alertId)).findFirst();
    }

    public List<Alert> openBlockingAlerts() {
        return alerts.stream().filter(a -> a.open() && a.blocking()).toList();
    }

    /** A copy with some fields changed: the one way the evolver builds a new state. */
    PatientState with(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** Mutable only while one event is applied; lists are copied in and out. */
    static final class Builder {
        String patientId;
        long version;
        boolean enrolled;
        Sex sex;
        LocalDate birthDate;
        BigDecimal weightKg;
        boolean canBecomePregnant;
        final List<SampledTest> bloodTests;
        final List<IssuedPrescription> prescriptions;
        ReproductiveStatus reproductiveStatus;
        final List<PregnancyTest> pregnancyTests;
        final List<LocalDate> contraceptionStarts;
        final List<Medication> medications;
        final List<Alert> alerts;
        final List<String> procedureIds;
        LocalDate courseStartedOn;
        LocalDate treatmentEndedOn;
        LocalDate cosmeticProceduresAllowedFrom;

        private Builder(PatientState s) {
            patientId = s.patientId;
            version = s.version;
            enrolled = s.enrolled;
            sex = s.sex;
            birthDate = s.birthDate;
            weightKg = s.weightKg;
            canBecomePregnant = s.canBecomePregnant;
            bloodTests = new ArrayList<>(s.bloodTests);
            prescriptions = new ArrayList<>(s.prescriptions);
            reproductiveStatus = s.reproductiveStatus;
            pregnancyTests = new ArrayList<>(s.pregnancyTests);
            contraceptionStarts = new ArrayList<>(s.contraceptionStarts);
            medications = new ArrayList<>(s.medications);
            alerts = new ArrayList<>(s.alerts);
            procedureIds = new ArrayList<>(s.procedureIds);
            courseStartedOn = s.courseStartedOn;
            treatmentEndedOn = s.treatmentEndedOn;
            cosmeticProceduresAllowedFrom = s.cosmeticProceduresAllowedFrom;
        }

        private PatientState build() {
            return new PatientState(
                    patientId,
                    version,
                    enrolled,
                    sex,
                    birthDate,
                    weightKg,
                    canBecomePregnant,
                    bloodTests,
                    prescriptions,
                    reproductiveStatus,
                    pregnancyTests,
                    contraceptionStarts,
                    medications,
                    alerts,
                    procedureIds,
                    courseStartedOn,
                    treatmentEndedOn,
                    cosmeticProceduresAllowedFrom);
        }
    }
}
