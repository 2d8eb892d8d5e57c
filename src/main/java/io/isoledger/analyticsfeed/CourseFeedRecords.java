package io.isoledger.analyticsfeed;

import io.isoledger.analyticsfeed.PatientHistory.OnTreatment;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.TreatmentEnded;
import java.time.LocalDate;

/**
 * The feed records of the treatment courses: each supply issued, dispensed or expired, and the
 * course's end, numbered by course and named by the supply's first day instead of the prescription
 * id, with the doses banded. They fold each supply into the patient's {@link PatientHistory}, for the
 * later records ({@link EventToFeedRecord}) to band their doses by.
 */
abstract class CourseFeedRecords extends FactFeedRecords {

    protected final PatientHistory history;

    CourseFeedRecords(PatientHistory history, String pseudonym) {
        super(pseudonym);
        this.history = history;
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
}
