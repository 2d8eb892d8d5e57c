package io.isoledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A clinical fact, immutable once appended. The wire names and versions of these records are
 * mapped explicitly by the event log, never derived from the Java names.
 */
public sealed interface Event {

    String patientId();

    <R> R accept(Visitor<R> visitor);

    /** One method per event type, so a new type fails the build wherever it is not handled. */
    interface Visitor<R> {
        R patientEnrolled(PatientEnrolled event);

        R bloodTestRecorded(BloodTestRecorded event);

        R prescriptionIssued(PrescriptionIssued event);

        R sideEffectReported(SideEffectReported event);
    }

    record PatientEnrolled(
            String patientId, Sex sex, LocalDate birthDate, BigDecimal weightKg, boolean canBecomePregnant)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.patientEnrolled(this);
        }
    }

    record BloodTestRecorded(String patientId, LocalDate sampledOn, boolean fasting, List<LabResult> results)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.bloodTestRecorded(this);
        }
    }

    record PrescriptionIssued(
            String patientId,
            String prescriptionId,
            int strengthMg,
            int capsulesPerDay,
            int dailyDoseMg,
            int daysSupply,
            int totalMg,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate issuedOn,
            String prescriberId)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.prescriptionIssued(this);
        }
    }

    record SideEffectReported(
            String patientId,
            SideEffectTerm term,
            int grade,
            LocalDate onsetOn,
            Reporter reportedBy,
            String notes)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sideEffectReported(this);
        }
    }
}
