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

/**
 * What one reader of the events does with each event type: a {@link Handler} for every type, or
 * {@link #ignored()} for a type it keeps nothing of. Made by naming every type in a chain, in the
 * order of {@link Event.Visitor}: {@code EventHandlers.<C>forEveryType().patientEnrolled(...)
 * .bloodTestRecorded(...)...prescriptionExpired(...)} ({@link EventHandlerSteps}). The chain
 * compiles only once it names every type, so a new event type fails the build until each reader
 * has decided. The read models ({@link ReadModelProjection}) and the FHIR export's index and
 * courses of a patient's events decide this way; {@link EventDispatch} hands each event to its
 * handler.
 *
 * @param <C> what a handler gets besides the event: the {@link io.isoledger.eventlog.RecordedEvent}
 *     a read model projects, or whatever the reader folds the events into
 */
public record EventHandlers<C>(
        Handler<PatientEnrolled, C> patientEnrolled,
        Handler<BloodTestRecorded, C> bloodTestRecorded,
        Handler<PrescriptionIssued, C> prescriptionIssued,
        Handler<SideEffectReported, C> sideEffectReported,
        Handler<ReproductiveStatusDeclared, C> reproductiveStatusDeclared,
        Handler<PregnancyTestRecorded, C> pregnancyTestRecorded,
        Handler<ContraceptionConfirmed, C> contraceptionConfirmed,
        Handler<ConcomitantMedicationRecorded, C> concomitantMedicationRecorded,
        Handler<ProcedureScheduled, C> procedureScheduled,
        Handler<TreatmentEnded, C> treatmentEnded,
        Handler<SafetyAlertRaised, C> safetyAlertRaised,
        Handler<SafetyAlertResolved, C> safetyAlertResolved,
        Handler<WeightRecorded, C> weightRecorded,
        Handler<ContraceptionStopped, C> contraceptionStopped,
        Handler<ContraceptionFailureReported, C> contraceptionFailureReported,
        Handler<ReproductivePotentialChanged, C> reproductivePotentialChanged,
        Handler<PrescriptionDispensed, C> prescriptionDispensed,
        Handler<PrescriptionExpired, C> prescriptionExpired) {

    /** What a reader does with one event of type {@code E}. */
    @FunctionalInterface
    public interface Handler<E extends Event, C> {
        void handle(E event, C context);
    }

    /** The first step of the chain that names every event type. */
    public static <C> EventHandlerSteps.PatientEnrolledStep<C> forEveryType() {
        return EventHandlerSteps.start();
    }

    /** The choice for an event type the reader keeps nothing of. */
    public static <E extends Event, C> Handler<E, C> ignored() {
        return (event, context) -> {};
    }

    /** Hands the event, with the context, to the handler of its type. */
    public void handle(Event event, C context) {
        event.accept(new EventDispatch<>(this, context));
    }
}
