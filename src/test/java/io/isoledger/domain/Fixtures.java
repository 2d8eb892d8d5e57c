package io.isoledger.domain;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/** Fixed ids, dates and events for the decider specs; no clocks, so every spec reads the same each day. */
final class Fixtures {

    static final String PATIENT = "patient-1";
    static final String PRESCRIBER = "prescriber-1";
    static final String CLINICIAN = "clinician-1";
    static final String PHARMACY = "pharmacy-1";
    static final LocalDate BIRTH_DATE = LocalDate.of(2004, 4, 12);
    static final BigDecimal WEIGHT_KG = new BigDecimal("58.5");
    /** The day of the prescription under test. */
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 25);
    /** A test five days before {@link #ISSUED_ON}: inside every profile's windows (30 days, 7 for R4 in US/EU). */
    static final LocalDate FRESH = ISSUED_ON.minusDays(5);
    /** Contraception started 45 days before {@link #ISSUED_ON}: more than every profile's 30-day lead (R5). */
    static final LocalDate CONTRACEPTION_SINCE = ISSUED_ON.minusDays(45);
    /** The day of enrolment: the weight and the reproductive potential are known from it. */
    static final LocalDate ENROLLED_ON = ISSUED_ON.minusDays(60);

    private Fixtures() {}

    /** A patient every rule lets have {@link #rx()} on {@link #ISSUED_ON}, under every profile. */
    static PatientHistory eligible() {
        return PatientHistory.eligible();
    }

    /** A patient who can become pregnant: the one every rule applies to. */
    static PatientEnrolled enrolled() {
        return enrolled(true);
    }

    static PatientEnrolled enrolled(boolean canBecomePregnant) {
        return new PatientEnrolled(PATIENT, Sex.FEMALE, BIRTH_DATE, WEIGHT_KG, canBecomePregnant, ENROLLED_ON);
    }

    static BloodTestRecorded bloodTest(LocalDate sampledOn, Analyte... analytes) {
        return new BloodTestRecorded(
                PATIENT,
                sampledOn,
                true,
                Arrays.stream(analytes).map(Fixtures::normalResult).toList());
    }

    /** ALT and triglycerides, the two analytes R2 asks for. */
    static BloodTestRecorded bloodTest(LocalDate sampledOn) {
        return bloodTest(sampledOn, Analyte.ALT, Analyte.TRIGLYCERIDES);
    }

    private static LabResult normalResult(Analyte analyte) {
        return switch (analyte) {
            case ALT -> LabResult.inStandardUnit(analyte, new BigDecimal("21"), new BigDecimal("40"));
            case AST -> LabResult.inStandardUnit(analyte, new BigDecimal("19"), new BigDecimal("40"));
            case TRIGLYCERIDES -> LabResult.inStandardUnit(analyte, new BigDecimal("110"), new BigDecimal("150"));
            case TOTAL_CHOLESTEROL, LDL, HDL -> LabResult.inStandardUnit(analyte, new BigDecimal("120"), null);
            case HCG -> LabResult.inStandardUnit(analyte, BigDecimal.ZERO, null);
        };
    }

    static ConcomitantMedicationRecorded medication(
            String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn) {
        return new ConcomitantMedicationRecorded(PATIENT, name, drugClass, startedOn, stoppedOn);
    }

    static WeightRecorded weight(String kg, LocalDate measuredOn) {
        return new WeightRecorded(PATIENT, new BigDecimal(kg), measuredOn);
    }

    static SafetyAlertRaised alert(String alertId, String rule, boolean blocking) {
        return new SafetyAlertRaised(PATIENT, alertId, rule, blocking, "a finding", FRESH);
    }

    static SafetyAlertResolved resolved(String alertId) {
        return new SafetyAlertResolved(PATIENT, alertId, CLINICIAN, "reviewed", FRESH);
    }

    /** A course ended on {@code endedOn}, its restriction dates those of jp-clinic. */
    static TreatmentEnded ended(LocalDate endedOn) {
        return ended(endedOn, TreatmentEndReason.COMPLETED);
    }

    static TreatmentEnded ended(LocalDate endedOn, TreatmentEndReason reason) {
        return ended(endedOn, reason, Policy.jpClinic());
    }

    /** A course ended on {@code endedOn} under {@code policy}, for a patient who can become pregnant. */
    static TreatmentEnded ended(LocalDate endedOn, TreatmentEndReason reason, Policy policy) {
        Restrictions r = Restrictions.after(endedOn, policy, true);
        return new TreatmentEnded(
                PATIENT,
                endedOn,
                reason,
                r.contraceptionRequiredUntil(),
                r.bloodDonationAllowedFrom(),
                r.cosmeticProceduresAllowedFrom());
    }

    /** 20 mg twice a day for 30 days, starting the day it is issued on {@link #ISSUED_ON}: passes every rule. */
    static Rx rx() {
        return new Rx("rx-1", 20, 2, 30, ISSUED_ON, ISSUED_ON);
    }
}
