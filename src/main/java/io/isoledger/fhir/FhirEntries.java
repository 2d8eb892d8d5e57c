package io.isoledger.fhir;

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
