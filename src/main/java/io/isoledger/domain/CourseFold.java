package io.isoledger.domain;

import io.isoledger.domain.PatientState.Procedure;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.prescribing.Course;
import io.isoledger.domain.prescribing.Supply;

/**
 * How the course of treatment follows its events: an issued prescription adds a {@link Supply} to
 * the {@link Course} in progress or opens a new one; dispensing and expiry change a supply's status;
 * the end fixes R13's restriction dates. Decided by {@link PrescribingDecisions}, {@link
 * DispensingDecisions} and {@link CourseDecisions}; dispatched here by the {@link Evolver}.
 */
final class CourseFold {

    private CourseFold() {}

    static void prescriptionIssued(StateChange s, PrescriptionIssued e) {
        Supply supply = supplyOf(e);
        // After an end (also R20's lapse, recorded as an end) a prescription opens a new course.
        if (s.course.inProgress()) {
            s.course = s.course.with(supply);
        } else {
            s.previousCourse = s.course.startedOn() == null ? s.previousCourse : s.course;
            s.course = Course.openedBy(supply);
        }
        s.prescriptionIds.add(e.prescriptionId());
    }

    static void prescriptionDispensed(StateChange s, PrescriptionDispensed e) {
        s.course = s.course.with(e.prescriptionId(), Supply.Status.DISPENSED);
    }

    static void prescriptionExpired(StateChange s, PrescriptionExpired e) {
        s.course = s.course.with(e.prescriptionId(), Supply.Status.EXPIRED);
    }

    static void procedureScheduled(StateChange s, ProcedureScheduled e) {
        s.procedures.add(new Procedure(e.procedureId(), e.kind(), e.scheduledOn()));
    }

    static void treatmentEnded(StateChange s, TreatmentEnded e) {
        // R13 fixed them under the policy of that day; they outlast any later course's start.
        s.course = s.course.ended(
                e.endedOn(),
                new Restrictions(
                        e.contraceptionRequiredUntil(),
                        e.bloodDonationAllowedFrom(),
                        e.cosmeticProceduresAllowedFrom()));
    }

    private static Supply supplyOf(PrescriptionIssued e) {
        return new Supply(
                e.prescriptionId(),
                e.issuedOn(),
                e.startsOn(),
                e.endsOn(),
                e.daysSupply(),
                e.dailyDoseMg(),
                e.totalMg(),
                e.capsulesPerDay() * e.daysSupply(),
                e.dispenseBy(),
                // Issued before dispensing was recorded: taken to be handed over.
                e.dispenseBy() == null ? Supply.Status.DISPENSED : Supply.Status.PENDING);
    }
}
