package io.isoledger.patients;

import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.rules.PrescriptionRules;
import io.isoledger.prescribing.Prescription;
import java.time.LocalDate;

/**
 * The treatment course's part of the {@link PatientSummary}, for {@link PatientSummaryProjection}:
 * its status, supplies, cumulative dose, restriction dates and the next blood test due. While
 * treatment goes on, the restriction dates follow the current supply's end under the active policy;
 * once it ends they are the ones the TreatmentEnded event fixed. The cumulative dose is the course's
 * (R14): a new course, after an end or a lapse (R20), starts it again; a supply that expired
 * undispensed (R22) leaves it and the supply's end.
 */
final class PatientSummaryCourse {

    private PatientSummaryCourse() {}

    static void prescribed(PrescriptionIssued e, SummaryChange change) {
        PatientSummary summary = change.summary();
        if (summary.status != TreatmentStatus.IN_TREATMENT) {
            // The first prescription of a course, or of a new course after an ended or lapsed one.
            summary.courseStartedOn = e.startsOn();
            summary.treatmentEndedOn = null;
            summary.endReason = null;
            summary.cumulativeDoseMg = 0;
            summary.supplyEndsOn = null;
        }
        summary.status = TreatmentStatus.IN_TREATMENT;
        summary.prescriptionCount++;
        summary.cumulativeDoseMg += e.totalMg();
        summary.lastPrescriptionIssuedOn = e.issuedOn();
        summary.supplyEndsOn = later(summary.supplyEndsOn, e.endsOn());
        restrictionsDuring(summary, change.policy);
    }

    /**
     * R22: a supply that expired undispensed was never in the patient's hands; it leaves the course's
     * cumulative dose and its last supplied day.
     */
    static void expired(PrescriptionExpired e, SummaryChange change) {
        PatientSummary summary = change.summary();
        summary.cumulativeDoseMg -= Prescription.totalMgOf(e.patientId(), e.prescriptionId());
        summary.supplyEndsOn = Prescription.supplyEndsOn(e.patientId(), summary.courseStartedOn, e.prescriptionId())
                .orElse(null);
        if (summary.status == TreatmentStatus.IN_TREATMENT) {
            restrictionsDuring(summary, change.policy);
        }
    }

    static void ended(TreatmentEnded e, SummaryChange change) {
        PatientSummary summary = change.summary();
        summary.status = TreatmentStatus.ENDED;
        summary.treatmentEndedOn = e.endedOn();
        summary.endReason = e.reason();
        summary.contraceptionRequiredUntil = e.contraceptionRequiredUntil();
        summary.bloodDonationAllowedFrom = e.bloodDonationAllowedFrom();
        summary.cosmeticProceduresAllowedFrom = e.cosmeticProceduresAllowedFrom();
    }

    static void bloodTested(BloodTestRecorded e, SummaryChange change) {
        PatientSummary summary = change.summary();
        summary.lastBloodTestOn = later(summary.lastBloodTestOn, e.sampledOn());
    }

    /**
     * Where the policy asks for a blood test before every prescription (R2), one is due by the
     * first day the next supply may start (R15), unless it was sampled since the last prescription.
     */
    static LocalDate nextBloodTestDue(PatientSummary s, Policy policy) {
        if (s.status != TreatmentStatus.IN_TREATMENT
                || s.supplyEndsOn == null // every supply of the course expired undispensed (R22)
                || policy.bloodTestRequiredBefore() != Policy.BloodTestCadence.EVERY_PRESCRIPTION) {
            return null;
        }
        boolean testedSinceLastPrescription =
                s.lastBloodTestOn != null && s.lastBloodTestOn.isAfter(s.lastPrescriptionIssuedOn);
        return testedSinceLastPrescription ? null : PrescriptionRules.earliestNextStart(s.supplyEndsOn);
    }

    private static void restrictionsDuring(PatientSummary summary, Policy policy) {
        if (summary.supplyEndsOn == null) {
            summary.contraceptionRequiredUntil = null;
            summary.bloodDonationAllowedFrom = null;
            summary.cosmeticProceduresAllowedFrom = null;
            return;
        }
        Restrictions during = Restrictions.after(summary.supplyEndsOn, policy, summary.canBecomePregnant);
        summary.contraceptionRequiredUntil = during.contraceptionRequiredUntil();
        summary.bloodDonationAllowedFrom = during.bloodDonationAllowedFrom();
        summary.cosmeticProceduresAllowedFrom = during.cosmeticProceduresAllowedFrom();
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
