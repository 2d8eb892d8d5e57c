package io.isoledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a hospital system asks IsoLedger to do for one patient. Time comes in on the command (the
 * clinic date is fixed when the request arrives), so deciding never reads a clock.
 */
public sealed interface Command {

    String patientId();

    <R> R accept(Handler<R> handler);

    /** One method per command type, so a new type fails the build wherever it is not handled. */
    interface Handler<R> {
        R enrollPatient(EnrollPatient command);

        R recordBloodTest(RecordBloodTest command);

        R issuePrescription(IssuePrescription command);

        R reportSideEffect(ReportSideEffect command);

        R declareReproductiveStatus(DeclareReproductiveStatus command);

        R recordPregnancyTest(RecordPregnancyTest command);

        R confirmContraception(ConfirmContraception command);

        R recordConcomitantMedication(RecordConcomitantMedication command);

        R scheduleProcedure(ScheduleProcedure command);

        R endTreatment(EndTreatment command);

        R resolveAlert(ResolveAlert command);

        R recordWeight(RecordWeight command);

        R stopContraception(StopContraception command);

        R reportContraceptionFailure(ReportContraceptionFailure command);

        R changeReproductivePotential(ChangeReproductivePotential command);

        R dispensePrescription(DispensePrescription command);

        R expireSupplies(ExpireSupplies command);

        R assessEligibility(AssessEligibility command);
    }

    /** {@code enrolledOn}: the clinic's date of enrolment, the date the weight and potential are known from. */
    record EnrollPatient(
            String patientId,
            Sex sex,
            LocalDate birthDate,
            BigDecimal weightKg,
            boolean canBecomePregnant,
            LocalDate enrolledOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.enrollPatient(this);
        }
    }

    record RecordBloodTest(String patientId, LocalDate sampledOn, boolean fasting, List<LabResult> results)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.recordBloodTest(this);
        }
    }

    record IssuePrescription(
            String patientId,
            String prescriptionId,
            int strengthMg,
            int capsulesPerDay,
            int daysSupply,
            LocalDate startsOn,
            LocalDate issuedOn,
            String prescriberId)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.issuePrescription(this);
        }

        public int dailyDoseMg() {
            return strengthMg * capsulesPerDay;
        }
    }

    record ReportSideEffect(
            String patientId, SideEffectTerm term, int grade, LocalDate onsetOn, Reporter reportedBy, String notes)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reportSideEffect(this);
        }
    }

    record DeclareReproductiveStatus(String patientId, ReproductiveStatus status, LocalDate declaredOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.declareReproductiveStatus(this);
        }
    }

    record RecordPregnancyTest(
            String patientId, LocalDate sampledOn, PregnancyTestResult result, PregnancyTestMethod method)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.recordPregnancyTest(this);
        }
    }

    /** {@code confirmedOn}: the day a clinician confirmed the methods are in use (R5's re-confirmation). */
    record ConfirmContraception(
            String patientId, Set<ContraceptionMethod> methods, LocalDate startedOn, LocalDate confirmedOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.confirmContraception(this);
        }
    }

    record RecordConcomitantMedication(
            String patientId, String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.recordConcomitantMedication(this);
        }
    }

    record ScheduleProcedure(String patientId, String procedureId, ProcedureKind kind, LocalDate scheduledOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.scheduleProcedure(this);
        }
    }

    /** {@code recordedOn}: the clinic's date when the end is recorded; R21 refuses an end after it. */
    record EndTreatment(String patientId, LocalDate endedOn, TreatmentEndReason reason, LocalDate recordedOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.endTreatment(this);
        }
    }

    record ResolveAlert(String patientId, String alertId, String resolvedBy, String note, LocalDate resolvedOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.resolveAlert(this);
        }
    }

    record RecordWeight(String patientId, BigDecimal weightKg, LocalDate measuredOn) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.recordWeight(this);
        }
    }

    record StopContraception(String patientId, Set<ContraceptionMethod> methods, LocalDate stoppedOn)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.stopContraception(this);
        }
    }

    record ReportContraceptionFailure(
            String patientId, LocalDate occurredOn, ContraceptionFailureKind kind, String notes) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reportContraceptionFailure(this);
        }
    }

    /** {@code recordedBy}: who recorded the change, for the audit of R4, R5 and R18's inputs. */
    record ChangeReproductivePotential(
            String patientId,
            boolean canBecomePregnant,
            LocalDate changedOn,
            PotentialChangeReason reason,
            String recordedBy)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.changeReproductivePotential(this);
        }
    }

    /** A pharmacist hands a prescription's capsules over (R22, R23; R4 and R8 again on that day). */
    record DispensePrescription(
            String patientId, String prescriptionId, LocalDate dispensedOn, String pharmacyId, int quantity)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.dispensePrescription(this);
        }
    }

    /**
     * Records the expiry of every supply whose dispensing window closed before {@code today} (R22).
     * The event log sends it itself, on a schedule and before a patient's next command; no client does.
     */
    record ExpireSupplies(String patientId, LocalDate today) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.expireSupplies(this);
        }
    }

    /**
     * Asks which rules would block a prescription starting and issued on {@code on}; decided like
     * IssuePrescription but never appended. Rules about the prescription's own numbers (R1, R7's
     * strength and dose) need a prescription and are not checked.
     */
    record AssessEligibility(String patientId, LocalDate on) implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.assessEligibility(this);
        }
    }
}
