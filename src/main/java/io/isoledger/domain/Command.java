package io.isoledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
    }

    record EnrollPatient(
            String patientId, Sex sex, LocalDate birthDate, BigDecimal weightKg, boolean canBecomePregnant)
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
            String patientId,
            SideEffectTerm term,
            int grade,
            LocalDate onsetOn,
            Reporter reportedBy,
            String notes)
            implements Command {
        @Override
        public <R> R accept(Handler<R> handler) {
            return handler.reportSideEffect(this);
        }
    }
}
