package io.isoledger.fhir;

import io.isoledger.domain.Event;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.ConcomitantMedicationRecorded;
import io.isoledger.domain.Event.ContraceptionConfirmed;
import io.isoledger.domain.Event.ContraceptionFailureReported;
import io.isoledger.domain.Event.ContraceptionStopped;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PregnancyTestRecorded;
import io.isoledger.domain.Event.PrescriptionDispensed;
import io.isoledger.domain.Event.PrescriptionExpired;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.ProcedureScheduled;
import io.isoledger.domain.Event.ReproductivePotentialChanged;
import io.isoledger.domain.Event.ReproductiveStatusDeclared;
import io.isoledger.domain.Event.SafetyAlertRaised;
import io.isoledger.domain.Event.SafetyAlertResolved;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.Event.TreatmentEnded;
import io.isoledger.domain.Event.WeightRecorded;
import io.isoledger.history.PatientEvents.Recorded;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources one event becomes. Facts the export does not carry (contraception, medications,
 * weights, procedures, reproductive status) become none; an alert's resolution, a prescription's
 * expiry and a course's end are folded into the alert's {@code Flag}, the prescription's {@code
 * MedicationRequest} and the course's {@code EpisodeOfCare}.
 */
record FhirEntries(Recorded recorded, Courses courses, EventIndex index, LocalDate today)
        implements Event.Visitor<List<Resource>> {

    @Override
    public List<Resource> patientEnrolled(PatientEnrolled e) {
        return List.of(FhirPatients.of(recorded, e));
    }

    @Override
    public List<Resource> bloodTestRecorded(BloodTestRecorded e) {
        return List.copyOf(FhirObservations.of(recorded, e));
    }

    @Override
    public List<Resource> prescriptionIssued(PrescriptionIssued e) {
        return List.of(FhirMedicationRequests.of(
                recorded, e, courses.of(e.prescriptionId()), index.expiryOf(e.prescriptionId()), today));
    }

    @Override
    public List<Resource> sideEffectReported(SideEffectReported e) {
        return List.of(FhirAdverseEvents.of(recorded, e));
    }

    @Override
    public List<Resource> pregnancyTestRecorded(PregnancyTestRecorded e) {
        return List.of(FhirPregnancyTests.of(recorded, e));
    }

    @Override
    public List<Resource> safetyAlertRaised(SafetyAlertRaised e) {
        return List.of(FhirFlags.of(recorded, e, index.resolutionOf(e.alertId())));
    }

    @Override
    public List<Resource> safetyAlertResolved(SafetyAlertResolved e) {
        return List.of();
    }

    @Override
    public List<Resource> treatmentEnded(TreatmentEnded e) {
        return List.of();
    }

    @Override
    public List<Resource> reproductiveStatusDeclared(ReproductiveStatusDeclared e) {
        return List.of();
    }

    @Override
    public List<Resource> contraceptionConfirmed(ContraceptionConfirmed e) {
        return List.of();
    }

    @Override
    public List<Resource> concomitantMedicationRecorded(ConcomitantMedicationRecorded e) {
        return List.of();
    }

    @Override
    public List<Resource> procedureScheduled(ProcedureScheduled e) {
        return List.of();
    }

    @Override
    public List<Resource> weightRecorded(WeightRecorded e) {
        return List.of();
    }

    @Override
    public List<Resource> contraceptionStopped(ContraceptionStopped e) {
        return List.of();
    }

    @Override
    public List<Resource> contraceptionFailureReported(ContraceptionFailureReported e) {
        return List.of();
    }

    @Override
    public List<Resource> reproductivePotentialChanged(ReproductivePotentialChanged e) {
        return List.of();
    }

    @Override
    public List<Resource> prescriptionDispensed(PrescriptionDispensed e) {
        return List.of(FhirMedicationDispenses.of(recorded, e, index.prescription(e.prescriptionId())));
    }

    @Override
    public List<Resource> prescriptionExpired(PrescriptionExpired e) {
        return List.of();
    }
}
