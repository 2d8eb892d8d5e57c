package io.isoledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

        R reproductiveStatusDeclared(ReproductiveStatusDeclared event);

        R pregnancyTestRecorded(PregnancyTestRecorded event);

        R contraceptionConfirmed(ContraceptionConfirmed event);

        R concomitantMedicationRecorded(ConcomitantMedicationRecorded event);

        R procedureScheduled(ProcedureScheduled event);

        R treatmentEnded(TreatmentEnded event);

        R safetyAlertRaised(SafetyAlertRaised event);

        R safetyAlertResolved(SafetyAlertResolved event);

        R weightRecorded(WeightRecorded event);

        R contraceptionStopped(ContraceptionStopped event);

        R contraceptionFailureReported(ContraceptionFailureReported event);

        R reproductivePotentialChanged(ReproductivePotentialChanged event);

        R prescriptionDispensed(PrescriptionDispensed event);

        R prescriptionExpired(PrescriptionExpired event);
    }

    /** {@code enrolledOn}: the weight and the reproductive potential are known from this date. */
    record PatientEnrolled(
            String patientId,
            Sex sex,
            LocalDate birthDate,
            BigDecimal weightKg,
            boolean canBecomePregnant,
            LocalDate enrolledOn)
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

    /**
     * {@code dispenseBy}: the last day it may be dispensed (R22); null on prescriptions issued before
     * dispensing was recorded, which count as handed over.
     */
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
            String prescriberId,
            LocalDate dispenseBy)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.prescriptionIssued(this);
        }
    }

    /** {@code expected}: the initial flare of R11, a known stage of treatment rather than an alert. */
    record SideEffectReported(
            String patientId,
            SideEffectTerm term,
            int grade,
            LocalDate onsetOn,
            Reporter reportedBy,
            String notes,
            boolean expected)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sideEffectReported(this);
        }
    }

    record ReproductiveStatusDeclared(String patientId, ReproductiveStatus status, LocalDate declaredOn)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reproductiveStatusDeclared(this);
        }
    }

    record PregnancyTestRecorded(
            String patientId, LocalDate sampledOn, PregnancyTestResult result, PregnancyTestMethod method)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pregnancyTestRecorded(this);
        }
    }

    /** The methods are in use from {@code startedOn}, and a clinician confirmed so on {@code confirmedOn} (R5). */
    record ContraceptionConfirmed(
            String patientId, Set<ContraceptionMethod> methods, LocalDate startedOn, LocalDate confirmedOn)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contraceptionConfirmed(this);
        }
    }

    record ConcomitantMedicationRecorded(
            String patientId, String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.concomitantMedicationRecorded(this);
        }
    }

    /** R12: {@code conflicts} names every rule the date breaks; scheduling is recorded either way. */
    record ProcedureScheduled(
            String patientId,
            String procedureId,
            ProcedureKind kind,
            LocalDate scheduledOn,
            boolean conflict,
            List<Violation> conflicts)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.procedureScheduled(this);
        }
    }

    /** R13: the restriction dates are fixed when the treatment ends, under the policy of that day. */
    record TreatmentEnded(
            String patientId,
            LocalDate endedOn,
            TreatmentEndReason reason,
            LocalDate contraceptionRequiredUntil,
            LocalDate bloodDonationAllowedFrom,
            LocalDate cosmeticProceduresAllowedFrom)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.treatmentEnded(this);
        }
    }

    /** R4, R9, R10, R12, R18, R19: a finding a clinician must look at; a blocking one stops prescriptions (R8). */
    record SafetyAlertRaised(
            String patientId, String alertId, String rule, boolean blocking, String reason, LocalDate raisedOn)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.safetyAlertRaised(this);
        }
    }

    record SafetyAlertResolved(String patientId, String alertId, String resolvedBy, String note, LocalDate resolvedOn)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.safetyAlertResolved(this);
        }
    }

    record WeightRecorded(String patientId, BigDecimal weightKg, LocalDate measuredOn) implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.weightRecorded(this);
        }
    }

    /** The methods are no longer in use from {@code stoppedOn} (R5). */
    record ContraceptionStopped(String patientId, Set<ContraceptionMethod> methods, LocalDate stoppedOn)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contraceptionStopped(this);
        }
    }

    /** A missed pill, a broken condom, ...: a blocking R18 alert follows during and after a course. */
    record ContraceptionFailureReported(
            String patientId, LocalDate occurredOn, ContraceptionFailureKind kind, String notes) implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.contraceptionFailureReported(this);
        }
    }

    /** The capsules handed over by a pharmacy (R22, R23). */
    record PrescriptionDispensed(
            String patientId, String prescriptionId, LocalDate dispensedOn, String pharmacyId, int quantity)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.prescriptionDispensed(this);
        }
    }

    /** R22: not dispensed in its window; from {@code expiredOn} the supply no longer counts as in hand. */
    record PrescriptionExpired(String patientId, String prescriptionId, LocalDate expiredOn) implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.prescriptionExpired(this);
        }
    }

    /** Whether the patient can become pregnant, from {@code changedOn}; R4, R5 and R18 follow it. */
    record ReproductivePotentialChanged(
            String patientId,
            boolean canBecomePregnant,
            LocalDate changedOn,
            PotentialChangeReason reason,
            String recordedBy)
            implements Event {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reproductivePotentialChanged(this);
        }
    }
}
