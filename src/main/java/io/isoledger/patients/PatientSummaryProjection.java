package io.isoledger.patients;

import io.isoledger.domain.Policy;
import io.isoledger.domain.Restrictions;
import io.isoledger.domain.TreatmentStatus;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.domain.rules.PrescriptionRules;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.prescribing.Prescription;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Keeps {@link PatientSummary} up to date; every event advances its version. The weight, the
 * reproductive status and potential shown are the latest by their clinical date, so a backdated
 * entry never replaces a newer one. While treatment goes on, the restriction dates follow the
 * current supply's end under the active policy; once it ends they are the ones the TreatmentEnded
 * event fixed. The cumulative dose is the course's (R14): a new course, after an end or a lapse
 * (R20), starts it again; a supply that expired undispensed (R22) leaves it and the supply's end.
 */
@ApplicationScoped
public class PatientSummaryProjection implements ReadModelProjection {

    @Inject
    PolicyConfig policyConfig;

    @Override
    public void apply(RecordedEvent recorded) {
        Event event = recorded.event();
        PatientSummary summary = event instanceof PatientEnrolled e ? enrolled(e, recorded) : existing(recorded);
        if (event instanceof PrescriptionIssued e) {
            prescribed(summary, e);
        } else if (event instanceof PrescriptionExpired e) {
            expired(summary, e);
        } else if (event instanceof BloodTestRecorded e) {
            summary.lastBloodTestOn = later(summary.lastBloodTestOn, e.sampledOn());
        } else if (event instanceof TreatmentEnded e) {
            summary.status = TreatmentStatus.ENDED;
            summary.treatmentEndedOn = e.endedOn();
            summary.endReason = e.reason();
            summary.contraceptionRequiredUntil = e.contraceptionRequiredUntil();
            summary.bloodDonationAllowedFrom = e.bloodDonationAllowedFrom();
            summary.cosmeticProceduresAllowedFrom = e.cosmeticProceduresAllowedFrom();
        } else if (event instanceof SafetyAlertRaised) {
            summary.openAlerts++;
        } else if (event instanceof SafetyAlertResolved) {
            summary.openAlerts--;
        } else if (event instanceof WeightRecorded e && notBefore(e.measuredOn(), summary.weightMeasuredOn)) {
            summary.weightKg = e.weightKg();
            summary.weightMeasuredOn = e.measuredOn();
        } else if (event instanceof ReproductiveStatusDeclared e
                && notBefore(e.declaredOn(), summary.reproductiveStatusDeclaredOn)) {
            summary.reproductiveStatus = e.status();
            summary.reproductiveStatusDeclaredOn = e.declaredOn();
        } else if (event instanceof ReproductivePotentialChanged e
                && notBefore(e.changedOn(), summary.potentialChangedOn)) {
            summary.canBecomePregnant = e.canBecomePregnant();
            summary.potentialChangedOn = e.changedOn();
        }
        summary.nextBloodTestDueOn = nextBloodTestDue(summary, policy());
        summary.version = recorded.sequence();
        summary.updatedAt = recorded.metadata().time();
        if (!summary.isPersistent()) {
            summary.persist();
        }
    }

    @Override
    public void clear() {
        PatientSummary.deleteAll();
    }

    private static PatientSummary enrolled(PatientEnrolled e, RecordedEvent recorded) {
        PatientSummary summary = new PatientSummary();
        summary.patientId = e.patientId();
        summary.sex = e.sex();
        summary.birthDate = e.birthDate();
        summary.weightKg = e.weightKg();
        summary.weightMeasuredOn = e.enrolledOn();
        // The assessment at enrolment stands until a change, whatever the change's date.
        summary.canBecomePregnant = e.canBecomePregnant();
        summary.enrolledAt = recorded.metadata().time();
        return summary;
    }

    private static PatientSummary existing(RecordedEvent recorded) {
        PatientSummary summary = PatientSummary.findById(recorded.patientId());
        if (summary == null) {
            throw new IllegalStateException(
                    "Event " + recorded.sequence() + " of unknown patient " + recorded.patientId());
        }
        return summary;
    }

    private void prescribed(PatientSummary summary, PrescriptionIssued e) {
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
        restrictionsDuring(summary);
    }

    /**
     * R22: a supply that expired undispensed was never in the patient's hands; it leaves the course's
     * cumulative dose and its last supplied day.
     */
    private void expired(PatientSummary summary, PrescriptionExpired e) {
        summary.cumulativeDoseMg -= Prescription.totalMgOf(e.patientId(), e.prescriptionId());
        summary.supplyEndsOn = Prescription.supplyEndsOn(e.patientId(), summary.courseStartedOn, e.prescriptionId())
                .orElse(null);
        if (summary.status == TreatmentStatus.IN_TREATMENT) {
            restrictionsDuring(summary);
        }
    }

    private void restrictionsDuring(PatientSummary summary) {
        if (summary.supplyEndsOn == null) {
            summary.contraceptionRequiredUntil = null;
            summary.bloodDonationAllowedFrom = null;
            summary.cosmeticProceduresAllowedFrom = null;
            return;
        }
        Restrictions during = Restrictions.after(summary.supplyEndsOn, policy(), summary.canBecomePregnant);
        summary.contraceptionRequiredUntil = during.contraceptionRequiredUntil();
        summary.bloodDonationAllowedFrom = during.bloodDonationAllowedFrom();
        summary.cosmeticProceduresAllowedFrom = during.cosmeticProceduresAllowedFrom();
    }

    /**
     * Where the policy asks for a blood test before every prescription (R2), one is due by the
     * first day the next supply may start (R15), unless it was sampled since the last prescription.
     */
    private static LocalDate nextBloodTestDue(PatientSummary s, Policy policy) {
        if (s.status != TreatmentStatus.IN_TREATMENT
                || s.supplyEndsOn == null // every supply of the course expired undispensed (R22)
                || policy.bloodTestRequiredBefore() != Policy.BloodTestCadence.EVERY_PRESCRIPTION) {
            return null;
        }
        boolean testedSinceLastPrescription =
                s.lastBloodTestOn != null && s.lastBloodTestOn.isAfter(s.lastPrescriptionIssuedOn);
        return testedSinceLastPrescription ? null : PrescriptionRules.earliestNextStart(s.supplyEndsOn);
    }

    private Policy policy() {
        return policyConfig.toPolicy();
    }

    /** A fact dated {@code day} replaces the one shown (dated {@code shown}) unless it is older. */
    private static boolean notBefore(LocalDate day, LocalDate shown) {
        return shown == null || !day.isBefore(shown);
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }
}
