package io.isoledger.domain;

import io.isoledger.domain.command.DispensePrescription;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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

    static PregnancyTestRecorded pregnancyTest(LocalDate sampledOn, PregnancyTestResult result) {
        return new PregnancyTestRecorded(PATIENT, sampledOn, result, PregnancyTestMethod.URINE);
    }

    static PregnancyTestRecorded negativePregnancyTest(LocalDate sampledOn) {
        return pregnancyTest(sampledOn, PregnancyTestResult.NEGATIVE);
    }

    /**
     * An IUD and condoms from {@code startedOn} (enough under every profile), confirmed on {@link #FRESH}:
     * inside every profile's re-confirmation window.
     */
    static ContraceptionConfirmed contraception(LocalDate startedOn) {
        return contraception(startedOn, ContraceptionMethod.IUD, ContraceptionMethod.CONDOM);
    }

    static ContraceptionConfirmed contraception(LocalDate startedOn, ContraceptionMethod... methods) {
        LocalDate confirmedOn = startedOn.isAfter(FRESH) ? startedOn : FRESH;
        return new ContraceptionConfirmed(PATIENT, Set.of(methods), startedOn, confirmedOn);
    }

    static ReproductiveStatusDeclared declared(ReproductiveStatus status) {
        return new ReproductiveStatusDeclared(PATIENT, status, FRESH);
    }

    static ReproductiveStatusDeclared declared(ReproductiveStatus status, LocalDate declaredOn) {
        return new ReproductiveStatusDeclared(PATIENT, status, declaredOn);
    }

    static PregnancyTestRecorded positivePregnancyTest(LocalDate sampledOn) {
        return pregnancyTest(sampledOn, PregnancyTestResult.POSITIVE);
    }

    /** A blood panel with only hCG, in mIU/mL: 5 or more is a positive pregnancy result (R4, R18). */
    static BloodTestRecorded hcgPanel(LocalDate sampledOn, String miuPerMl) {
        return new BloodTestRecorded(
                PATIENT,
                sampledOn,
                false,
                List.of(LabResult.inStandardUnit(Analyte.HCG, new BigDecimal(miuPerMl), null)));
    }

    static ContraceptionStopped contraceptionStopped(LocalDate stoppedOn, ContraceptionMethod... methods) {
        return new ContraceptionStopped(PATIENT, Set.of(methods), stoppedOn);
    }

    static ReproductivePotentialChanged potentialChanged(boolean canBecomePregnant, LocalDate changedOn) {
        PotentialChangeReason reason =
                canBecomePregnant ? PotentialChangeReason.MENARCHE : PotentialChangeReason.MENOPAUSE;
        return new ReproductivePotentialChanged(PATIENT, canBecomePregnant, changedOn, reason, CLINICIAN);
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

    /** A prescription under construction; each wither changes one field. */
    record Rx(
            String prescriptionId,
            int strengthMg,
            int capsulesPerDay,
            int daysSupply,
            LocalDate startsOn,
            LocalDate issuedOn) {

        Rx id(String id) {
            return new Rx(id, strengthMg, capsulesPerDay, daysSupply, startsOn, issuedOn);
        }

        Rx strength(int mg) {
            return new Rx(prescriptionId, mg, capsulesPerDay, daysSupply, startsOn, issuedOn);
        }

        Rx capsulesPerDay(int capsules) {
            return new Rx(prescriptionId, strengthMg, capsules, daysSupply, startsOn, issuedOn);
        }

        Rx daysSupply(int days) {
            return new Rx(prescriptionId, strengthMg, capsulesPerDay, days, startsOn, issuedOn);
        }

        /** Issued and starting on the same day. */
        Rx issuedOn(LocalDate day) {
            return new Rx(prescriptionId, strengthMg, capsulesPerDay, daysSupply, day, day);
        }

        Rx startsOn(LocalDate day) {
            return new Rx(prescriptionId, strengthMg, capsulesPerDay, daysSupply, day, issuedOn);
        }

        IssuePrescription command() {
            return new IssuePrescription(
                    PATIENT, prescriptionId, strengthMg, capsulesPerDay, daysSupply, startsOn, issuedOn, PRESCRIBER);
        }

        /**
         * The event of an earlier, accepted prescription, for a history, taken as handed over (no
         * dispensing window); specs spell their expected events out.
         */
        PrescriptionIssued issued() {
            int dailyDose = strengthMg * capsulesPerDay;
            return new PrescriptionIssued(
                    PATIENT,
                    prescriptionId,
                    strengthMg,
                    capsulesPerDay,
                    dailyDose,
                    daysSupply,
                    dailyDose * daysSupply,
                    startsOn,
                    startsOn.plusDays(daysSupply - 1L),
                    issuedOn,
                    PRESCRIBER,
                    null);
        }

        /** The event of an earlier prescription waiting at the pharmacy until {@code dispenseBy} (R22). */
        PrescriptionIssued issued(LocalDate dispenseBy) {
            PrescriptionIssued e = issued();
            return new PrescriptionIssued(
                    e.patientId(),
                    e.prescriptionId(),
                    e.strengthMg(),
                    e.capsulesPerDay(),
                    e.dailyDoseMg(),
                    e.daysSupply(),
                    e.totalMg(),
                    e.startsOn(),
                    e.endsOn(),
                    e.issuedOn(),
                    e.prescriberId(),
                    dispenseBy);
        }

        /** The capsules prescribed: capsules per day times the days of supply (R23). */
        int capsules() {
            return capsulesPerDay * daysSupply;
        }

        /** Every capsule of this prescription handed over on {@code day} (R22, R23). */
        DispensePrescription dispense(LocalDate day) {
            return dispense(day, capsules());
        }

        DispensePrescription dispense(LocalDate day, int quantity) {
            return new DispensePrescription(PATIENT, prescriptionId, day, PHARMACY, quantity);
        }

        PrescriptionDispensed dispensed(LocalDate day) {
            return new PrescriptionDispensed(PATIENT, prescriptionId, day, PHARMACY, capsules());
        }
    }
}
