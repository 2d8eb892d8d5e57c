package io.isoledger.analyticsfeed;

import io.isoledger.analyticsfeed.PatientHistory.OnTreatment;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.WeightRecorded;
import java.util.List;

/**
 * Maps one event to its feed record, and folds what later records need into the patient's history.
 * What is left out is left out on purpose: ids (prescriptions, procedures, alerts, prescribers, the
 * people who recorded or resolved), free text (notes, reasons, alert texts, drug names) and the
 * values as the lab sent them. A weight makes no record: it only sets the mg/kg of later ones.
 * {@code null}: the event makes no record. The facts that need no history are {@link FactFeedRecords},
 * the courses and their supplies {@link CourseFeedRecords}.
 */
final class EventToFeedRecord extends CourseFeedRecords {

    private final long sequence;

    EventToFeedRecord(PatientHistory history, String pseudonym, long sequence) {
        super(history, pseudonym);
        this.sequence = sequence;
    }

    @Override
    public FeedRecord patientEnrolled(PatientEnrolled e) {
        history.enrolled(e.birthDate(), e.weightKg(), e.enrolledOn());
        return new FeedRecord.PatientEnrolled(
                pseudonym, e.sex(), history.ageBandOn(e.enrolledOn()), e.enrolledOn(), e.canBecomePregnant());
    }

    @Override
    public FeedRecord bloodTestRecorded(BloodTestRecorded e) {
        OnTreatment on = history.on(e.sampledOn());
        List<FeedRecord.LabValue> values = e.results().stream()
                .map(r -> new FeedRecord.LabValue(r.analyte(), r.standardValue(), r.standardUnit()))
                .toList();
        return new FeedRecord.BloodTestRecorded(
                pseudonym,
                e.sampledOn(),
                e.fasting(),
                values,
                history.ageBandOn(e.sampledOn()),
                on.course(),
                on.dailyDoseMgBand(),
                on.cumulativeDoseMgPerKgBand());
    }

    @Override
    public FeedRecord sideEffectReported(SideEffectReported e) {
        OnTreatment on = history.on(e.onsetOn());
        return new FeedRecord.SideEffectReported(
                pseudonym,
                e.term(),
                e.grade(),
                e.onsetOn(),
                e.reportedBy(),
                e.expected(),
                history.ageBandOn(e.onsetOn()),
                on.course(),
                on.dailyDoseMgBand(),
                on.cumulativeDoseMgPerKgBand());
    }

    @Override
    public FeedRecord pregnancyTestRecorded(PregnancyTestRecorded e) {
        return new FeedRecord.PregnancyTestRecorded(
                pseudonym,
                e.sampledOn(),
                e.result(),
                e.method(),
                history.on(e.sampledOn()).course());
    }

    @Override
    public FeedRecord safetyAlertRaised(SafetyAlertRaised e) {
        history.alertRaised(e.alertId(), sequence, e.rule());
        return new FeedRecord.SafetyAlertRaised(pseudonym, sequence, e.rule(), e.blocking(), e.raisedOn());
    }

    @Override
    public FeedRecord safetyAlertResolved(SafetyAlertResolved e) {
        var raised = history.alert(e.alertId());
        return new FeedRecord.SafetyAlertResolved(
                pseudonym,
                raised.map(PatientHistory.RaisedAlert::sequence).orElse(null),
                raised.map(PatientHistory.RaisedAlert::rule).orElse(null),
                e.resolvedOn());
    }

    @Override
    public FeedRecord weightRecorded(WeightRecorded e) {
        history.weighed(e.weightKg(), e.measuredOn());
        return null;
    }
}
