package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.domain.command.StopContraception;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.WeightRecorded;
import io.isoledger.domain.rules.Finding;
import io.isoledger.domain.rules.LabFindings;
import io.isoledger.domain.rules.SideEffectFindings;
import java.util.List;

/**
 * Recording a dated fact is never refused for its date or the order it arrives in. What the fact
 * itself shows is decided here (R9, R10, R11); what it reveals on the whole patient (R18, R19) is
 * added by the {@link Decider} after every command.
 */
record FactDecisions(PatientState state, Policy policy) {

    Decision enrollPatient(EnrollPatient c) {
        if (state.enrolled()) {
            return Rejected.because(Rejection.ALREADY_EXISTS, "Patient " + c.patientId() + " is already enrolled.");
        }
        return accept(new PatientEnrolled(
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

    Decision declareReproductiveStatus(DeclareReproductiveStatus c) {
        return accept(new ReproductiveStatusDeclared(c.patientId(), c.status(), c.declaredOn()));
    }

    Decision recordPregnancyTest(RecordPregnancyTest c) {
        return accept(new PregnancyTestRecorded(c.patientId(), c.sampledOn(), c.result(), c.method()));
    }

    Decision confirmContraception(ConfirmContraception c) {
        return accept(new ContraceptionConfirmed(c.patientId(), c.methods(), c.startedOn(), c.confirmedOn()));
    }

    Decision stopContraception(StopContraception c) {
        return accept(new ContraceptionStopped(c.patientId(), c.methods(), c.stoppedOn()));
    }

    Decision reportContraceptionFailure(ReportContraceptionFailure c) {
        return accept(new ContraceptionFailureReported(c.patientId(), c.occurredOn(), c.kind(), c.notes()));
    }

    Decision changeReproductivePotential(ChangeReproductivePotential c) {
        return accept(new ReproductivePotentialChanged(
                c.patientId(), c.canBecomePregnant(), c.changedOn(), c.reason(), c.recordedBy()));
    }

    Decision recordConcomitantMedication(RecordConcomitantMedication c) {
        return accept(new ConcomitantMedicationRecorded(
                c.patientId(), c.name(), c.drugClass(), c.startedOn(), c.stoppedOn()));
    }

    Decision recordWeight(RecordWeight c) {
        return accept(new WeightRecorded(c.patientId(), c.weightKg(), c.measuredOn()));
    }

    private static Decision accept(Event event) {
        return new Accepted(List.of(event));
    }
}
