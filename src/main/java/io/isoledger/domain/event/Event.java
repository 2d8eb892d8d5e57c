package io.isoledger.domain.event;

/**
 * A clinical fact, immutable once appended. The wire names and versions of these records are
 * mapped explicitly by the event log, never derived from the Java names. The {@link
 * io.isoledger.domain.Decider} decides them; the {@link io.isoledger.domain.Evolver} folds them into
 * the {@link io.isoledger.domain.PatientState}.
 */
public sealed interface Event
        permits PatientEnrolled,
                BloodTestRecorded,
                PrescriptionIssued,
                SideEffectReported,
                ReproductiveStatusDeclared,
                PregnancyTestRecorded,
                ContraceptionConfirmed,
                ConcomitantMedicationRecorded,
                ProcedureScheduled,
                TreatmentEnded,
                SafetyAlertRaised,
                SafetyAlertResolved,
                WeightRecorded,
                ContraceptionStopped,
                ContraceptionFailureReported,
                ReproductivePotentialChanged,
                PrescriptionDispensed,
                PrescriptionExpired {

    String patientId();

    /** Calls the {@code Visitor} method for this type; {@link EventRoutes} holds the one table. */
    default <R> R accept(Visitor<R> visitor) {
        return EventRoutes.route(this, visitor);
    }

    /** One method per event type, so a new type fails the build wherever it is not handled. */
    interface Visitor<R> {
        R patientEnrolled(PatientEnrolled event);

        R bloodTestRecorded(BloodTestRecorded event);

        R prescriptionIssued(PrescriptionIssued event);

        R sideEffectReported(SideEffectReported event);

        R reproductiveStatusDeclared(ReproductiveStatusDeclared event);

        R pregnancyTestRecorded(PregnancyTestRecorded event);

        R contraceptionConfirmed(ContraceptionConfirmed event);

        R concomitantMedicationRecorded(ConcomitantMedicationRecorded event);

        R procedureScheduled(ProcedureScheduled event);

        R treatmentEnded(TreatmentEnded event);

        R safetyAlertRaised(SafetyAlertRaised event);

        R safetyAlertResolved(SafetyAlertResolved event);

        R weightRecorded(WeightRecorded event);

        R contraceptionStopped(ContraceptionStopped event);

        R contraceptionFailureReported(ContraceptionFailureReported event);

        R reproductivePotentialChanged(ReproductivePotentialChanged event);

        R prescriptionDispensed(PrescriptionDispensed event);

        R prescriptionExpired(PrescriptionExpired event);
    }
}
