package io.isoledger.projection;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.PatientEnrolled;
import io.isoledger.domain.event.PregnancyTestRecorded;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.ProcedureScheduled;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SafetyAlertResolved;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.domain.event.WeightRecorded;

/** Hands one event, with its context, to the handler {@link EventHandlers} holds for its type. */
final class EventDispatch<C> implements Event.Visitor<Void> {

    private final EventHandlers<C> handlers;
    private final C context;

    EventDispatch(EventHandlers<C> handlers, C context) {
        this.handlers = handlers;
        this.context = context;
    }

    @Override
    public Void patientEnrolled(PatientEnrolled e) {
        handlers.patientEnrolled().handle(e, context);
        return null;
    }

    @Override
    public Void bloodTestRecorded(BloodTestRecorded e) {
        handlers.bloodTestRecorded().handle(e, context);
        return null;
    }

    @Override
    public Void prescriptionIssued(PrescriptionIssued e) {
        handlers.prescriptionIssued().handle(e, context);
        return null;
    }

    @Override
    public Void sideEffectReported(SideEffectReported e) {
        handlers.sideEffectReported().handle(e, context);
        return null;
    }

    @Override
    public Void reproductiveStatusDeclared(ReproductiveStatusDeclared e) {
        handlers.reproductiveStatusDeclared().handle(e, context);
        return null;
    }

    @Override
    public Void pregnancyTestRecorded(PregnancyTestRecorded e) {
        handlers.pregnancyTestRecorded().handle(e, context);
        return null;
    }

    @Override
    public Void contraceptionConfirmed(ContraceptionConfirmed e) {
        handlers.contraceptionConfirmed().handle(e, context);
        return null;
    }

    @Override
    public Void concomitantMedicationRecorded(ConcomitantMedicationRecorded e) {
        handlers.concomitantMedicationRecorded().handle(e, context);
        return null;
    }

    @Override
    public Void procedureScheduled(ProcedureScheduled e) {
        handlers.procedureScheduled().handle(e, context);
        return null;
    }

    @Override
    public Void treatmentEnded(TreatmentEnded e) {
        handlers.treatmentEnded().handle(e, context);
        return null;
    }

    @Override
    public Void safetyAlertRaised(SafetyAlertRaised e) {
        handlers.safetyAlertRaised().handle(e, context);
        return null;
    }

    @Override
    public Void safetyAlertResolved(SafetyAlertResolved e) {
        handlers.safetyAlertResolved().handle(e, context);
        return null;
    }

    @Override
    public Void weightRecorded(WeightRecorded e) {
        handlers.weightRecorded().handle(e, context);
        return null;
    }

    @Override
    public Void contraceptionStopped(ContraceptionStopped e) {
        handlers.contraceptionStopped().handle(e, context);
        return null;
    }

    @Override
    public Void contraceptionFailureReported(ContraceptionFailureReported e) {
        handlers.contraceptionFailureReported().handle(e, context);
        return null;
    }

    @Override
    public Void reproductivePotentialChanged(ReproductivePotentialChanged e) {
        handlers.reproductivePotentialChanged().handle(e, context);
        return null;
    }

    @Override
    public Void prescriptionDispensed(PrescriptionDispensed e) {
        handlers.prescriptionDispensed().handle(e, context);
        return null;
    }

    @Override
    public Void prescriptionExpired(PrescriptionExpired e) {
        handlers.prescriptionExpired().handle(e, context);
        return null;
    }
}
