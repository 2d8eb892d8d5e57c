package io.isoledger.fhir;

import static io.isoledger.fhir.EventStream.D;
import static io.isoledger.fhir.EventStream.P;
import static io.isoledger.fhir.EventStream.prescription;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.TreatmentEnded;
import io.isoledger.domain.Policy;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.history.PatientEvents.Recorded;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.junit.jupiter.api.Test;

/** Prescriptions and courses over time, without the service: statuses, ends, a second course. */
class FhirCoursesTest {

    private static final Policy POLICY = Policy.jpClinic();

    private final EventStream stream = new EventStream();

    @Test
    void aPrescription_isActiveWhileItsSupplyRuns_andCompletedAfter() {
        stream.enrol();
        Recorded rx = stream.record(prescription("RX-1", D, 30));
        Courses courses = Courses.of(P, stream.events(), POLICY);

        assertThat(status(rx, courses, D.minusDays(1))).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(status(rx, courses, D.plusDays(29))).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(status(rx, courses, D.plusDays(30))).isEqualTo(MedicationRequestStatus.COMPLETED);
    }

    @Test
    void aPrescription_isStopped_whenItsCourseEndedBeforeItsLastDay_asOfTheEnd() {
        stream.enrol();
        Recorded rx = stream.record(prescription("RX-1", D, 30));
        Recorded end = stream.record(new TreatmentEnded(
                P, D.plusDays(9), TreatmentEndReason.DISCONTINUED_SIDE_EFFECTS, null, D.plusDays(39), D.plusDays(189)));
        MedicationRequest request = FhirMedicationRequests.of(
                rx,
                (PrescriptionIssued) rx.event(),
                Courses.of(P, stream.events(), POLICY).of("RX-1"),
                D.plusDays(100));

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.STOPPED);
        assertThat(request.getStatusReason().getText()).contains(D.plusDays(9).toString(), "side effects");
        assertThat(request.getMeta().getLastUpdated().toInstant()).isEqualTo(end.time());
    }

    @Test
    void aCourseEndedOnItsLastSuppliedDay_leavesItsPrescriptionCompleted() {
        stream.enrol();
        Recorded rx = stream.record(prescription("RX-1", D, 30));
        stream.record(new TreatmentEnded(P, D.plusDays(29), TreatmentEndReason.COMPLETED, null, D.plusDays(59), D));
        assertThat(status(rx, Courses.of(P, stream.events(), POLICY), D.plusDays(40)))
                .isEqualTo(MedicationRequestStatus.COMPLETED);
    }

    @Test
    void aPrescriptionAfterAnEnd_opensASecondCourse_withRestrictionsFollowingItsSupply() {
        stream.enrol();
        stream.record(prescription("RX-1", D, 30));
        stream.record(
                new TreatmentEnded(P, D.plusDays(29), TreatmentEndReason.COMPLETED, D.plusDays(59), D.plusDays(59), D));
        Recorded second = stream.record(prescription("RX-2", D.plusDays(200), 30));
        Courses courses = Courses.of(P, stream.events(), POLICY);

        assertThat(courses.all()).hasSize(2);
        assertThat(courses.of("RX-2").orElseThrow().openedBy()).isEqualTo(second.sequence());
        assertThat(courses.all().get(0).restrictions().contraceptionRequiredUntil())
                .isEqualTo(D.plusDays(59));
        assertThat(courses.all().get(1).end()).isNull();
        assertThat(courses.all().get(1).restrictions().bloodDonationAllowedFrom())
                .isEqualTo(D.plusDays(229).plusDays(POLICY.bloodDonationAfterEndDays()));
        assertThat(FhirEpisodesOfCare.of(P, courses.all().get(1)).getIdPart()).isEqualTo("P-1-course-4");
    }

    private static MedicationRequestStatus status(Recorded rx, Courses courses, LocalDate today) {
        PrescriptionIssued e = (PrescriptionIssued) rx.event();
        return FhirMedicationRequests.of(rx, e, courses.of(e.prescriptionId()), today)
                .getStatus();
    }
}
