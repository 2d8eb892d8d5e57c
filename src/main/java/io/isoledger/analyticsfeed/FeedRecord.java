package io.isoledger.analyticsfeed;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.ContraceptionFailureKind;
import io.isoledger.domain.ContraceptionMethod;
import io.isoledger.domain.DrugClass;
import io.isoledger.domain.PotentialChangeReason;
import io.isoledger.domain.PregnancyTestMethod;
import io.isoledger.domain.PregnancyTestResult;
import io.isoledger.domain.ProcedureKind;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Sex;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.TreatmentEndReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One record of the analytics feed: an event with everything that names a person taken out (ids,
 * free text, drug names, birth date) and exact values that could single one out banded. Each is
 * named after the event it comes from; its wire name and version are in {@link FeedRecordTypes}
 * and its schema in the AsyncAPI document. Lists are written in a fixed order, so that the same
 * events always give the same bytes.
 */
public sealed interface FeedRecord {

    String pseudonym();

    record PatientEnrolled(String pseudonym, Sex sex, String ageBand, LocalDate enrolledOn, boolean canBecomePregnant)
            implements FeedRecord {}

    record BloodTestRecorded(
            String pseudonym,
            LocalDate sampledOn,
            boolean fasting,
            List<LabValue> results,
            String ageBand,
            Integer course,
            String dailyDoseMgBand,
            String cumulativeDoseMgPerKgBand)
            implements FeedRecord {}

    /** A result in the analyte's standard unit only: the unit a lab sent can tell which lab it was. */
    record LabValue(Analyte analyte, BigDecimal standardValue, String standardUnit) {}

    record PrescriptionIssued(
            String pseudonym,
            int course,
            LocalDate courseStartedOn,
            boolean opensCourse,
            LocalDate startsOn,
            LocalDate endsOn,
            int daysSupply,
            String dailyDoseMgBand,
            String cumulativeDoseMgPerKgBand,
            String ageBand)
            implements FeedRecord {}

    record SideEffectReported(
            String pseudonym,
            SideEffectTerm term,
            int grade,
            LocalDate onsetOn,
            Reporter reportedBy,
            boolean expected,
            String ageBand,
            Integer course,
            String dailyDoseMgBand,
            String cumulativeDoseMgPerKgBand)
            implements FeedRecord {}

    record ReproductiveStatusDeclared(String pseudonym, ReproductiveStatus status, LocalDate declaredOn)
            implements FeedRecord {}

    record PregnancyTestRecorded(
            String pseudonym,
            LocalDate sampledOn,
            PregnancyTestResult result,
            PregnancyTestMethod method,
            Integer course)
            implements FeedRecord {}

    record ContraceptionConfirmed(
            String pseudonym, List<ContraceptionMethod> methods, LocalDate startedOn, LocalDate confirmedOn)
            implements FeedRecord {}

    record ContraceptionStopped(String pseudonym, List<ContraceptionMethod> methods, LocalDate stoppedOn)
            implements FeedRecord {}

    record ContraceptionFailureReported(String pseudonym, LocalDate occurredOn, ContraceptionFailureKind kind)
            implements FeedRecord {}

    record ReproductivePotentialChanged(
            String pseudonym, boolean canBecomePregnant, LocalDate changedOn, PotentialChangeReason reason)
            implements FeedRecord {}

    record ConcomitantMedicationRecorded(
            String pseudonym, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn) implements FeedRecord {}

    record ProcedureScheduled(
            String pseudonym, ProcedureKind kind, LocalDate scheduledOn, boolean conflict, List<String> conflictRules)
            implements FeedRecord {}

    record TreatmentEnded(
            String pseudonym,
            Integer course,
            LocalDate courseStartedOn,
            LocalDate endedOn,
            TreatmentEndReason reason,
            String cumulativeDoseMgPerKgBand)
            implements FeedRecord {}

    /** The supply is named by its first day; the pharmacy and the prescription id are left out. */
    record PrescriptionDispensed(
            String pseudonym, Integer course, LocalDate supplyStartsOn, LocalDate dispensedOn, int quantity)
            implements FeedRecord {}

    record PrescriptionExpired(String pseudonym, Integer course, LocalDate supplyStartsOn, LocalDate expiredOn)
            implements FeedRecord {}

    record SafetyAlertRaised(String pseudonym, long alertSequence, String rule, boolean blocking, LocalDate raisedOn)
            implements FeedRecord {}

    record SafetyAlertResolved(String pseudonym, Long alertSequence, String rule, LocalDate resolvedOn)
            implements FeedRecord {}
}
