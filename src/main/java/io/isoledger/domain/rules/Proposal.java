package io.isoledger.domain.rules;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.prescribing.Supply;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A prescription put to the rules, with the patient it is for and the active policy: what every
 * rule of IssuePrescription reads. Facts are judged as in force on the supply's start.
 */
public record Proposal(IssuePrescription prescription, PatientState patient, Policy policy) {

    public LocalDate startsOn() {
        return prescription.startsOn();
    }

    public LocalDate issuedOn() {
        return prescription.issuedOn();
    }

    /** The supply's last day; a question without a supply (eligibility) covers the start day. */
    public LocalDate endsOn() {
        return startsOn().plusDays(Math.max(prescription.daysSupply(), 1) - 1L);
    }

    /** R20: the first supply of a course, after none, after an end or after a lapse. */
    public boolean opensNewCourse() {
        return patient.course().opensNewCourse(startsOn(), policy);
    }

    /** The start of the course's first supply: this one's when it opens the course (R5's lead time). */
    public LocalDate courseStartsOn() {
        return opensNewCourse() ? startsOn() : patient.courseStartedOn();
    }

    /** The supply issued before this one in the same course. */
    public Optional<Supply> previousInCourse() {
        return opensNewCourse() ? Optional.empty() : patient.course().lastIssued();
    }

    public boolean canBecomePregnant() {
        return patient.canBecomePregnantOn(startsOn());
    }
}
