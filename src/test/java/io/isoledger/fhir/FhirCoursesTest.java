package io.isoledger.fhir;

import static io.isoledger.fhir.EventStream.D;
import static io.isoledger.fhir.EventStream.P;
import static io.isoledger.fhir.EventStream.prescription;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.domain.event.PrescriptionDispensed;
import io.isoledger.domain.event.PrescriptionExpired;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.TreatmentEnded;
import io.isoledger.history.PatientEvents.Recorded;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Prescriptions and courses over time, without the service: statuses, ends, dispensings and
 * expiries, a second course.
 */
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
                null,
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

    @Test
    void aPrescriptionThatExpiredUndispensed_isCancelled_withItsWindow_asOfTheExpiry() {
        stream.enrol();
        Recorded rx = stream.record(prescription("RX-1", D, 30));
        Recorded expiry = stream.record(new PrescriptionExpired(P, "RX-1", D.plusDays(8)));
        List<Recorded> events = stream.events();
        MedicationRequest request = (MedicationRequest) entries(rx, events).get(0);

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.CANCELLED);
        assertThat(request.getStatusReason().getText())
                .contains("not dispensed by " + D.plusDays(7), "expired on " + D.plusDays(8), "R22");
        assertThat(request.getMeta().getLastUpdated().toInstant()).isEqualTo(expiry.time());
        assertThat(request.getDispenseRequest()
                        .getValidityPeriod()
                        .getStartElement()
                        .getValueAsString())
                .isEqualTo(D.toString());
        assertThat(request.getDispenseRequest()
                        .getValidityPeriod()
                        .getEndElement()
                        .getValueAsString())
                .isEqualTo(D.plusDays(7).toString());
        assertThat(entries(expiry, events)).isEmpty();
    }

    @Test
    void aDispensing_isAMedicationDispense_forItsRequest_theDaysItsCapsulesLast() {
        stream.enrol();
        Recorded rx = stream.record(prescription("RX-1", D, 30));
        Recorded dispensed = stream.record(new PrescriptionDispensed(P, "RX-1", D.plusDays(2), "PH-9", 14));
        List<Recorded> events = stream.events();
        MedicationRequest request = (MedicationRequest) entries(rx, events).get(0);
        MedicationDispense dispense =
                (MedicationDispense) entries(dispensed, events).get(0);

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(dispense.getAuthorizingPrescriptionFirstRep().getReference())
                .isEqualTo(FhirIds.fullUrl("MedicationRequest", request.getIdPart()));
        assertThat(dispense.getQuantity().getValue()).isEqualByComparingTo("14");
        assertThat(dispense.getDaysSupply().getValue()).isEqualByComparingTo("14");
        assertThat(dispense.getWhenHandedOverElement().getValueAsString())
                .isEqualTo(D.plusDays(2).toString());
        assertThat(dispense.getMedicationCodeableConcept().getText()).isEqualTo("isotretinoin 20 MG Oral Capsule");
        assertThat(dispense.getText().getDivAsString()).contains("14 capsules of 20 mg (14 days)", "PH-9");
        assertThat(dispense.getMeta().getLastUpdated().toInstant()).isEqualTo(dispensed.time());
    }

    @Test
    void aPrescriptionIssuedBeforeDispensingWasRecorded_hasNoDispensingWindow() {
        stream.enrol();
        PrescriptionIssued v1 = prescription("RX-1", D, 30);
        Recorded rx =
                stream.record(new PrescriptionIssued(P, "RX-1", 20, 1, 20, 30, 600, D, v1.endsOn(), D, "DR-7", null));
        MedicationRequest request =
                (MedicationRequest) entries(rx, stream.events()).get(0);

        assertThat(request.getDispenseRequest().hasValidityPeriod()).isFalse();
        assertThat(request.getDispenseRequest().getExpectedSupplyDuration().getValue())
                .isEqualByComparingTo("30");
    }

    private static List<Resource> entries(Recorded recorded, List<Recorded> events) {
        return recorded.event()
                .accept(new FhirEntries(recorded, Courses.of(P, events, POLICY), EventIndex.of(events), D));
    }

    private static MedicationRequestStatus status(Recorded rx, Courses courses, LocalDate today) {
        PrescriptionIssued e = (PrescriptionIssued) rx.event();
        return FhirMedicationRequests.of(rx, e, courses.of(e.prescriptionId()), null, today)
                .getStatus();
    }
}
