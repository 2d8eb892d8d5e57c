package io.isoledger.projection;

import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.ContraceptionStopped;
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
import io.isoledger.projection.EventHandlers.Handler;

/**
 * The chain that makes {@link EventHandlers}: one step per event type, in the order of {@link
 * io.isoledger.domain.event.Event.Visitor}, each giving the next, the last the handlers. A new event
 * type is a new step here, so every chain that does not name it fails to compile.
 */
public final class EventHandlerSteps {

    private EventHandlerSteps() {}

    /** Decides what becomes of a {@link PatientEnrolled}. */
    public interface PatientEnrolledStep<C> {
        BloodTestRecordedStep<C> patientEnrolled(Handler<PatientEnrolled, C> handler);
    }

    /** Decides what becomes of a {@link BloodTestRecorded}. */
    public interface BloodTestRecordedStep<C> {
        PrescriptionIssuedStep<C> bloodTestRecorded(Handler<BloodTestRecorded, C> handler);
    }

    /** Decides what becomes of a {@link PrescriptionIssued}. */
    public interface PrescriptionIssuedStep<C> {
        SideEffectReportedStep<C> prescriptionIssued(Handler<PrescriptionIssued, C> handler);
    }

    /** Decides what becomes of a {@link SideEffectReported}. */
    public interface SideEffectReportedStep<C> {
        ReproductiveStatusDeclaredStep<C> sideEffectReported(Handler<SideEffectReported, C> handler);
    }

    /** Decides what becomes of a {@link ReproductiveStatusDeclared}. */
    public interface ReproductiveStatusDeclaredStep<C> {
        PregnancyTestRecordedStep<C> reproductiveStatusDeclared(Handler<ReproductiveStatusDeclared, C> handler);
    }

    /** Decides what becomes of a {@link PregnancyTestRecorded}. */
    public interface PregnancyTestRecordedStep<C> {
        ContraceptionConfirmedStep<C> pregnancyTestRecorded(Handler<PregnancyTestRecorded, C> handler);
    }

    /** Decides what becomes of a {@link ContraceptionConfirmed}. */
    public interface ContraceptionConfirmedStep<C> {
        ConcomitantMedicationRecordedStep<C> contraceptionConfirmed(Handler<ContraceptionConfirmed, C> handler);
    }

    /** Decides what becomes of a {@link ConcomitantMedicationRecorded}. */
    public interface ConcomitantMedicationRecordedStep<C> {
        ProcedureScheduledStep<C> concomitantMedicationRecorded(Handler<ConcomitantMedicationRecorded, C> handler);
    }

    /** Decides what becomes of a {@link ProcedureScheduled}. */
    public interface ProcedureScheduledStep<C> {
        TreatmentEndedStep<C> procedureScheduled(Handler<ProcedureScheduled, C> handler);
    }

    /** Decides what becomes of a {@link TreatmentEnded}. */
    public interface TreatmentEndedStep<C> {
        SafetyAlertRaisedStep<C> treatmentEnded(Handler<TreatmentEnded, C> handler);
    }

    /** Decides what becomes of a {@link SafetyAlertRaised}. */
    public interface SafetyAlertRaisedStep<C> {
        SafetyAlertResolvedStep<C> safetyAlertRaised(Handler<SafetyAlertRaised, C> handler);
    }

    /** Decides what becomes of a {@link SafetyAlertResolved}. */
    public interface SafetyAlertResolvedStep<C> {
        WeightRecordedStep<C> safetyAlertResolved(Handler<SafetyAlertResolved, C> handler);
    }

    /** Decides what becomes of a {@link WeightRecorded}. */
    public interface WeightRecordedStep<C> {
        ContraceptionStoppedStep<C> weightRecorded(Handler<WeightRecorded, C> handler);
    }

    /** Decides what becomes of a {@link ContraceptionStopped}. */
    public interface ContraceptionStoppedStep<C> {
        ContraceptionFailureReportedStep<C> contraceptionStopped(Handler<ContraceptionStopped, C> handler);
    }

    /** Decides what becomes of a {@link ContraceptionFailureReported}. */
    public interface ContraceptionFailureReportedStep<C> {
        ReproductivePotentialChangedStep<C> contraceptionFailureReported(
                Handler<ContraceptionFailureReported, C> handler);
    }

    /** Decides what becomes of a {@link ReproductivePotentialChanged}. */
    public interface ReproductivePotentialChangedStep<C> {
        PrescriptionDispensedStep<C> reproductivePotentialChanged(Handler<ReproductivePotentialChanged, C> handler);
    }

    /** Decides what becomes of a {@link PrescriptionDispensed}. */
    public interface PrescriptionDispensedStep<C> {
        PrescriptionExpiredStep<C> prescriptionDispensed(Handler<PrescriptionDispensed, C> handler);
    }

    /** Decides what becomes of a {@link PrescriptionExpired}. */
    public interface PrescriptionExpiredStep<C> {
        EventHandlers<C> prescriptionExpired(Handler<PrescriptionExpired, C> handler);
    }

    /** A lambda per step, each keeping the handlers named before it; the last makes them the handlers. */
    static <C> PatientEnrolledStep<C> start() {
        return patientEnrolled -> bloodTestRecorded -> prescriptionIssued ->
                sideEffectReported -> reproductiveStatusDeclared -> pregnancyTestRecorded -> contraceptionConfirmed ->
                        concomitantMedicationRecorded -> procedureScheduled -> treatmentEnded ->
                                safetyAlertRaised -> safetyAlertResolved -> weightRecorded -> contraceptionStopped ->
                                        contraceptionFailureReported -> reproductivePotentialChanged ->
                                                prescriptionDispensed -> prescriptionExpired -> new EventHandlers<>(
                                                        patientEnrolled,
                                                        bloodTestRecorded,
                                                        prescriptionIssued,
                                                        sideEffectReported,
                                                        reproductiveStatusDeclared,
                                                        pregnancyTestRecorded,
                                                        contraceptionConfirmed,
                                                        concomitantMedicationRecorded,
                                                        procedureScheduled,
                                                        treatmentEnded,
                                                        safetyAlertRaised,
                                                        safetyAlertResolved,
                                                        weightRecorded,
                                                        contraceptionStopped,
                                                        contraceptionFailureReported,
                                                        reproductivePotentialChanged,
                                                        prescriptionDispensed,
                                                        prescriptionExpired);
    }
}
