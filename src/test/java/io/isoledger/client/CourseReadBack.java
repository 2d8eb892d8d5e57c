package io.isoledger.client;

import static io.isoledger.client.ContractClient.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.client.generated.ApiException;
import io.isoledger.client.generated.model.BloodTest;
import io.isoledger.client.generated.model.LabResultView;
import io.isoledger.client.generated.model.Patient;
import io.isoledger.client.generated.model.Prescription;
import io.isoledger.client.generated.model.RecordedEvent;
import io.isoledger.client.generated.model.SafetyAlert;
import io.isoledger.client.generated.model.ScheduledProcedure;
import io.isoledger.client.generated.model.SideEffect;
import io.isoledger.client.generated.model.SideEffectTerm;
import io.isoledger.client.generated.model.TreatmentEndReason;
import io.isoledger.client.generated.model.TreatmentStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;

/** The course of {@link GeneratedClientCourseTest} read back through the generated client. */
final class CourseReadBack {

    private final ContractClient api;
    private final String patientId;
    private final String resolvedAlertId;

    CourseReadBack(ContractClient api, String patientId, String resolvedAlertId) {
        this.api = api;
        this.patientId = patientId;
        this.resolvedAlertId = resolvedAlertId;
    }

    /** One 30-day supply of 20 mg from today, a resolved R10 alert, a laser, and the end today. */
    void expectEndedToday() throws ApiException {
        Patient summary = api.patients.getPatient(patientId, null);
        assertThat(summary.getStatus()).isEqualTo(TreatmentStatus.ENDED);
        assertThat(summary.getEndReason()).isEqualTo(TreatmentEndReason.COMPLETED);
        assertThat(summary.getTreatmentEndedOn()).isEqualTo(day(0));
        assertThat(summary.getCumulativeDoseMg()).isEqualTo(600L);
        assertThat(summary.getWeightKg())
                .as("a weight typed in late never overrides a newer one")
                .isEqualByComparingTo("58.5");
        assertThat(summary.getRestrictions().getContraceptionRequiredUntil()).isEqualTo(day(90));
        assertThat(summary.getRestrictions().getBloodDonationAllowedFrom()).isEqualTo(day(30));
        assertThat(summary.getRestrictions().getCosmeticProceduresAllowedFrom()).isEqualTo(day(180));

        List<SafetyAlert> alerts = api.alerts.listAlerts(patientId);
        SafetyAlert resolved = alerts.stream()
                .filter(a -> a.getAlertId().equals(resolvedAlertId))
                .findFirst()
                .orElseThrow();
        assertThat(resolved.getStatus()).isEqualTo(SafetyAlert.StatusEnum.RESOLVED);
        assertThat(resolved.getResolution().getResolvedBy()).isEqualTo("DR-7");
        long open = alerts.stream()
                .filter(a -> a.getStatus() == SafetyAlert.StatusEnum.OPEN)
                .count();
        assertThat(summary.getOpenAlerts()).isEqualTo((int) open);
        assertThat(summary.getAlerts()).hasSize((int) open);

        Prescription rx = api.prescriptions.getPrescription(patientId, "RX-1");
        assertThat(rx.getDailyDoseMg()).isEqualTo(20);
        assertThat(rx.getEndsOn()).isEqualTo(day(29));
        assertThat(api.prescriptions.listPrescriptions(patientId))
                .extracting(Prescription::getPrescriptionId)
                .containsExactly("RX-1");
        List<BloodTest> bloodTests = api.bloodTests.listBloodTests(patientId);
        assertThat(bloodTests).hasSize(1);
        LabResultView triglycerides = bloodTests.get(0).getResults().get(1);
        assertThat(triglycerides.getValue()).isEqualByComparingTo("1.5");
        assertThat(triglycerides.getStandardUnit()).isEqualTo("mg/dL");
        assertThat(triglycerides.getStandardValue()).isGreaterThan(new BigDecimal("130"));
        assertThat(api.sideEffects.listSideEffects(patientId))
                .extracting(SideEffect::getTerm)
                .containsExactly(SideEffectTerm.DEPRESSION);
        assertThat(api.procedures.listProcedures(patientId))
                .extracting(ScheduledProcedure::getProcedureId)
                .containsExactly("PR-1");
        assertThat(api.patients.listPatients("true", null, null))
                .allSatisfy(entry -> assertThat(entry.getPatientId()).isNotBlank());
        expectTheAuditTrail();
    }

    private void expectTheAuditTrail() throws ApiException {
        List<RecordedEvent> events = api.auditTrail.listEvents(patientId);
        assertThat(events)
                .extracting(RecordedEvent::getType)
                .containsSubsequence(
                        "PatientEnrolled",
                        "ContraceptionConfirmed",
                        "PregnancyTestRecorded",
                        "BloodTestRecorded",
                        "WeightRecorded",
                        "PrescriptionIssued",
                        "SideEffectReported",
                        "SafetyAlertRaised",
                        "SafetyAlertResolved",
                        "ProcedureScheduled",
                        "TreatmentEnded");
        assertThat(events)
                .extracting(RecordedEvent::getSequence)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, events.size()).boxed().toList());
        RecordedEvent prescription = events.stream()
                .filter(e -> e.getType().equals("PrescriptionIssued"))
                .findFirst()
                .orElseThrow();
        assertThat(prescription.getCeType()).isEqualTo("isoledger.PrescriptionIssued.v2");
        assertThat(prescription.getData()).containsEntry("prescriptionId", "RX-1");
    }
}
