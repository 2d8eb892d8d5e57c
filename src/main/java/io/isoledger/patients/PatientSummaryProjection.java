package io.isoledger.patients;

import static io.isoledger.projection.EventHandlers.on;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.Policy;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.eventlog.PolicyConfig;
import io.isoledger.eventlog.RecordedEvent;
import io.isoledger.projection.EventHandlers;
import io.isoledger.projection.ReadModelProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Keeps {@link PatientSummary} up to date: every event advances its version, and the types below
 * change it further; the treatment course's part is {@link PatientSummaryCourse}'s, the worklist's
 * (open alerts, the first day of attention) {@link Worklist}'s. The weight, the
 * reproductive status and potential shown are the latest by their clinical date, so a backdated
 * entry never replaces a newer one.
 */
@ApplicationScoped
public class PatientSummaryProjection implements ReadModelProjection {

    private static final EventHandlers<SummaryChange> HANDLERS = EventHandlers.<SummaryChange>reading(
            on(PatientEnrolled.class, PatientSummaryProjection::enrolled),
            on(BloodTestRecorded.class, PatientSummaryCourse::bloodTested),
            on(PrescriptionIssued.class, PatientSummaryCourse::prescribed),
            on(ReproductiveStatusDeclared.class, PatientSummaryProjection::statusDeclared),
            on(TreatmentEnded.class, PatientSummaryCourse::ended),
            on(SafetyAlertRaised.class, Worklist::alertRaised),
            on(SafetyAlertResolved.class, (e, change) -> Worklist.alertResolved(change)),
            on(WeightRecorded.class, PatientSummaryProjection::weighed),
            on(ReproductivePotentialChanged.class, PatientSummaryProjection::potentialChanged),
            on(PrescriptionExpired.class, PatientSummaryCourse::expired));

    @Inject
    PolicyConfig policyConfig;

    @Inject
    IsoLedgerConfig config;

    @Override
    public void apply(RecordedEvent recorded) {
        Policy policy = policyConfig.toPolicy();
        SummaryChange change =
                new SummaryChange(recorded, policy, config.clinic().timeZone());
        HANDLERS.handle(recorded.event(), change);
        PatientSummary summary = change.summary();
        summary.nextBloodTestDueOn = PatientSummaryCourse.nextBloodTestDue(summary, policy);
        summary.attentionFrom = Worklist.attentionFrom(summary);
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

    private static void enrolled(PatientEnrolled e, SummaryChange change) {
        PatientSummary summary = change.start();
        summary.patientId = e.patientId();
        summary.sex = e.sex();
        summary.birthDate = e.birthDate();
        summary.weightKg = e.weightKg();
        summary.weightMeasuredOn = e.enrolledOn();
        // The assessment at enrolment stands until a change, whatever the change's date.
        summary.canBecomePregnant = e.canBecomePregnant();
        summary.enrolledAt = change.recorded.metadata().time();
    }

    private static void weighed(WeightRecorded e, SummaryChange change) {
        PatientSummary summary = change.summary();
        if (notBefore(e.measuredOn(), summary.weightMeasuredOn)) {
            summary.weightKg = e.weightKg();
            summary.weightMeasuredOn = e.measuredOn();
        }
    }

    private static void statusDeclared(ReproductiveStatusDeclared e, SummaryChange change) {
        PatientSummary summary = change.summary();
        if (notBefore(e.declaredOn(), summary.reproductiveStatusDeclaredOn)) {
            summary.reproductiveStatus = e.status();
            summary.reproductiveStatusDeclaredOn = e.declaredOn();
        }
    }

    private static void potentialChanged(ReproductivePotentialChanged e, SummaryChange change) {
        PatientSummary summary = change.summary();
        if (notBefore(e.changedOn(), summary.potentialChangedOn)) {
            summary.canBecomePregnant = e.canBecomePregnant();
            summary.potentialChangedOn = e.changedOn();
        }
    }

    /** A fact dated {@code day} replaces the one shown (dated {@code shown}) unless it is older. */
    private static boolean notBefore(LocalDate day, LocalDate shown) {
        return shown == null || !day.isBefore(shown);
    }
}
