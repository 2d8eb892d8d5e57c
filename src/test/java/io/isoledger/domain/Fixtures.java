package io.isoledger.domain;

import io.isoledger.domain.Command.IssuePrescription;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PrescriptionIssued;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/** Fixed ids, dates and events for the decider specs; no clocks, so every spec reads the same each day. */
final class Fixtures {

    static final String PATIENT = "patient-1";
    static final String PRESCRIBER = "prescriber-1";
    static final LocalDate BIRTH_DATE = LocalDate.of(2004, 4, 12);
    static final BigDecimal WEIGHT_KG = new BigDecimal("58.5");
    /** The day of the prescription under test. */
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 25);
    /** A test five days before {@link #ISSUED_ON}: well inside every profile's 30-day window. */
    static final LocalDate FRESH = ISSUED_ON.minusDays(5);

    private Fixtures() {}

    static PatientEnrolled enrolled() {
        return new PatientEnrolled(PATIENT, Sex.FEMALE, BIRTH_DATE, WEIGHT_KG, false);
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
            case ALT -> new LabResult(analyte, new BigDecimal("21"), "U/L", new BigDecimal("40"));
            case AST -> new LabResult(analyte, new BigDecimal("19"), "U/L", new BigDecimal("40"));
            case TRIGLYCERIDES -> new LabResult(analyte, new BigDecimal("110"), "mg/dL", new BigDecimal("150"));
            case TOTAL_CHOLESTEROL, LDL, HDL -> new LabResult(analyte, new BigDecimal("120"), "mg/dL", null);
            case HCG -> new LabResult(analyte, BigDecimal.ZERO, "mIU/mL", null);
        };
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

        /** The event of an earlier, accepted prescription, for a history; specs spell their expected events out. */
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
                    PRESCRIBER);
        }
    }
}
