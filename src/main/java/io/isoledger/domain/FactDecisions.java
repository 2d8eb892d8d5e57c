package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.domain.rules.Finding;
import io.isoledger.domain.rules.LabFindings;
import io.isoledger.domain.rules.SideEffectFindings;
import java.util.List;

/**
 * The patient's clinical facts: enrolment, weights, blood tests, side effects, concomitant
 * medications. Recording a dated fact is never refused for its date or the order it arrives in.
 * What the fact itself shows is decided here ({@link LabFindings} R9, R10, {@link SideEffectFindings}
 * R11); what it reveals on the whole patient (R18, R19) is added by the {@link Decider} after every
 * command. The events are folded by {@link FactFold}.
 */
record FactDecisions(PatientState state, Policy policy) {

    Decision enrollPatient(EnrollPatient c) {
        if (state.enrolled()) {
            return Rejected.because(Rejection.ALREADY_EXISTS, "Patient " + c.patientId() + " is already enrolled.");
        }
        return Accepted.of(new PatientEnrolled(
                c.patientId(), c.sex(), c.birthDate(), c.weightKg(), c.canBecomePregnant(), c.enrolledOn()));
    }

    Decision recordBloodTest(RecordBloodTest c) {
        var recorded = new BloodTestRecorded(c.patientId(), c.sampledOn(), c.fasting(), c.results());
        return new Accepted(Alerts.after(state, recorded, LabFindings.of(c.results(), policy), c.sampledOn()));
    }

    Decision reportSideEffect(ReportSideEffect c) {
        boolean expected = SideEffectFindings.expectedFlare(c.term(), c.onsetOn(), state.courseStartedOn());
        var reported = new SideEffectReported(
                c.patientId(), c.term(), c.grade(), c.onsetOn(), c.reportedBy(), c.notes(), expected);
        List<Finding> findings =
                SideEffectFindings.of(c.term(), c.grade()).stream().toList();
        return new Accepted(Alerts.after(state, reported, findings, c.onsetOn()));
    }

    Decision recordConcomitantMedication(RecordConcomitantMedication c) {
        return Accepted.of(new ConcomitantMedicationRecorded(
                c.patientId(), c.name(), c.drugClass(), c.startedOn(), c.stoppedOn()));
    }

    Decision recordWeight(RecordWeight c) {
        return Accepted.of(new WeightRecorded(c.patientId(), c.weightKg(), c.measuredOn()));
    }
}
