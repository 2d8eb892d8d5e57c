package io.isoledger.analyticsfeed;

import io.isoledger.analyticsfeed.PatientHistory.OnTreatment;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;
import java.time.LocalDate;
import java.util.List;

/**
 * Maps one event to its feed record, and folds what later records need into the patient's history.
 * What is left out is left out on purpose: ids (prescriptions, procedures, alerts, prescribers, the
 * people who recorded or resolved), free text (notes, reasons, alert texts, drug names) and the
 * values as the lab sent them. A weight makes no record: it only sets the mg/kg of later ones.
 * {@code null}: the event makes no record. The facts that need no history are {@link FactFeedRecords}.
 */
final class EventToFeedRecord extends FactFeedRecords {

    private final PatientHistory history;
    private final long sequence;

    EventToFeedRecord(PatientHistory history, String pseudonym, long sequence) {
        super(pseudonym);
        this.history = history;
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
    public FeedRecord prescriptionIssued(PrescriptionIssued e) {
        boolean opensCourse = history.openCourse().isEmpty();
        CourseHistory course = history.courseFor(e.startsOn());
        course.add(new CourseHistory.SupplyDays(e.prescriptionId(), e.startsOn(), e.endsOn(), e.dailyDoseMg()));
        // The course's cumulative dose once this supply is taken: rule R14's view of it.
        OnTreatment atEnd = history.on(e.endsOn());
        return new FeedRecord.PrescriptionIssued(
                pseudonym,
                course.number(),
                course.startedOn(),
                opensCourse,
                e.startsOn(),
                e.endsOn(),
                e.daysSupply(),
                Bands.dailyDoseMg(e.dailyDoseMg()),
                atEnd.cumulativeDoseMgPerKgBand(),
                history.ageBandOn(e.startsOn()));
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
    public FeedRecord treatmentEnded(TreatmentEnded e) {
        var course = history.openCourse();
        course.ifPresent(c -> c.end(e.endedOn()));
        return new FeedRecord.TreatmentEnded(
                pseudonym,
                course.map(CourseHistory::number).orElse(null),
                course.map(CourseHistory::startedOn).orElse(null),
                e.endedOn(),
                e.reason(),
                course.isPresent() ? history.on(e.endedOn()).cumulativeDoseMgPerKgBand() : null);
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
    public FeedRecord prescriptionDispensed(PrescriptionDispensed e) {
        var course = history.openCourse();
        return new FeedRecord.PrescriptionDispensed(
                pseudonym,
                course.map(CourseHistory::number).orElse(null),
                supplyStartsOn(e.prescriptionId()),
                e.dispensedOn(),
                e.quantity());
    }

    @Override
    public FeedRecord prescriptionExpired(PrescriptionExpired e) {
        var course = history.openCourse();
        LocalDate startsOn = supplyStartsOn(e.prescriptionId());
        course.ifPresent(c -> c.expired(e.prescriptionId()));
        return new FeedRecord.PrescriptionExpired(
                pseudonym, course.map(CourseHistory::number).orElse(null), startsOn, e.expiredOn());
    }

    /** The supply's first day names it in the feed, instead of the prescription id. */
    private LocalDate supplyStartsOn(String prescriptionId) {
        return history.openCourse()
                .flatMap(c -> c.supply(prescriptionId))
                .map(CourseHistory.SupplyDays::startsOn)
                .orElse(null);
    }

    @Override
    public FeedRecord weightRecorded(WeightRecorded e) {
        history.weighed(e.weightKg(), e.measuredOn());
        return null;
    }
}
