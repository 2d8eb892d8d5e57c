package io.isoledger.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import io.isoledger.domain.Analyte;
import io.isoledger.domain.Event;
import io.isoledger.domain.Event.BloodTestRecorded;
import io.isoledger.domain.Event.PatientEnrolled;
import io.isoledger.domain.Event.PrescriptionIssued;
import io.isoledger.domain.Event.SideEffectReported;
import io.isoledger.domain.Event.TreatmentEnded;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Reporter;
import io.isoledger.domain.Sex;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.history.PatientEvents.Recorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/** The mappers on their own, without the service: statuses over time, courses, ids, lab values. */
class FhirMappingTest {

    private static final String P = "P-1";
    private static final LocalDate D = LocalDate.of(2026, 3, 2);
    private static final Policy POLICY = Policy.jpClinic();

    private final List<Recorded> events = new ArrayList<>();

    @Test
    void aPrescription_isActiveWhileItsSupplyRuns_andCompletedAfter() {
        enrol();
        Recorded rx = record(prescription("RX-1", D, 30));
        Courses courses = Courses.of(P, events, POLICY);

        assertThat(status(rx, courses, D.minusDays(1))).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(status(rx, courses, D.plusDays(29))).isEqualTo(MedicationRequestStatus.ACTIVE);
        assertThat(status(rx, courses, D.plusDays(30))).isEqualTo(MedicationRequestStatus.COMPLETED);
    }

    @Test
    void aPrescription_isStopped_whenItsCourseEndedBeforeItsLastDay_asOfTheEnd() {
        enrol();
        Recorded rx = record(prescription("RX-1", D, 30));
        Recorded end = record(new TreatmentEnded(
                P, D.plusDays(9), TreatmentEndReason.DISCONTINUED_SIDE_EFFECTS, null, D.plusDays(39), D.plusDays(189)));
        MedicationRequest request = FhirMedicationRequests.of(
                rx,
                (PrescriptionIssued) rx.event(),
                Courses.of(P, events, POLICY).of("RX-1"),
                D.plusDays(100));

        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.STOPPED);
        assertThat(request.getStatusReason().getText()).contains(D.plusDays(9).toString(), "side effects");
        assertThat(request.getMeta().getLastUpdated().toInstant()).isEqualTo(end.time());
    }

    @Test
    void aCourseEndedOnItsLastSuppliedDay_leavesItsPrescriptionCompleted() {
        enrol();
        Recorded rx = record(prescription("RX-1", D, 30));
        record(new TreatmentEnded(P, D.plusDays(29), TreatmentEndReason.COMPLETED, null, D.plusDays(59), D));
        assertThat(status(rx, Courses.of(P, events, POLICY), D.plusDays(40)))
                .isEqualTo(MedicationRequestStatus.COMPLETED);
    }

    @Test
    void aPrescriptionAfterAnEnd_opensASecondCourse_withRestrictionsFollowingItsSupply() {
        enrol();
        record(prescription("RX-1", D, 30));
        record(new TreatmentEnded(P, D.plusDays(29), TreatmentEndReason.COMPLETED, D.plusDays(59), D.plusDays(59), D));
        Recorded second = record(prescription("RX-2", D.plusDays(200), 30));
        Courses courses = Courses.of(P, events, POLICY);

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
    void idsThatAreNoFhirIds_areHashed_stably() {
        assertThat(FhirIds.prescription("P-1", "RX-9")).isEqualTo("P-1-rx-RX-9");
        String underscored = FhirIds.prescription("P_1", "RX-9");
        assertThat(underscored).matches("rx-[0-9a-f]{40}").isEqualTo(FhirIds.prescription("P_1", "RX-9"));
        assertThat(FhirIds.prescription("P_1", "RX-8")).isNotEqualTo(underscored);
        assertThat(FhirIds.patient("P_1")).matches("patient-[0-9a-f]{40}");
        assertThat(FhirIds.observation("P".repeat(64), 3, 1)).matches("obs-[0-9a-f]{40}");
    }

    @Test
    void labValues_areInTheStandardUnit_judgedAgainstTheLimit_orAsPositiveOrNegativeHcg() {
        enrol();
        Recorded panel = record(new BloodTestRecorded(
                P,
                D,
                false,
                List.of(
                        new LabResult(Analyte.ALT, dec("1.5"), "ukat/L", dec("0.67"), dec("90"), "U/L", dec("40.2")),
                        LabResult.inStandardUnit(Analyte.LDL, dec("120"), null),
                        new LabResult(Analyte.HCG, dec("4"), "[IU]/L", null, dec("4"), "m[IU]/mL", null),
                        new LabResult(Analyte.TRIGLYCERIDES, dec("3"), "mmol/dL", null, null, null, null))));
        List<Observation> observations = FhirObservations.of(panel, (BloodTestRecorded) panel.event());

        assertThat(observations)
                .extracting(o -> o.hasInterpretation()
                        ? o.getInterpretationFirstRep().getCodingFirstRep().getCode()
                        : "")
                .containsExactly("H", "", "NEG", "");
        assertThat(observations.get(1).getCode().getCodingFirstRep().getSystem())
                .isEqualTo(FhirCodes.ANALYTE);
        assertThat(observations.get(2).getCode().getCodingFirstRep().getCode()).isEqualTo("19080-1");
        Observation unconverted = observations.get(3);
        assertThat(unconverted.getValueQuantity().getUnit()).isEqualTo("mmol/dL");
        assertThat(unconverted.getValueQuantity().hasSystem()).isFalse();
        assertThat(observations)
                .extracting(Observation::getIdPart)
                .containsExactly("P-1-obs-2-1", "P-1-obs-2-2", "P-1-obs-2-3", "P-1-obs-2-4");
    }

    @Test
    void freeTextThatXhtmlCannotHold_staysAsSentInTheResource_andIsReplacedInTheNarrative() {
        enrol();
        Recorded report = record(new SideEffectReported(
                P, SideEffectTerm.HEADACHE, 1, D, Reporter.PATIENT, "<b>bad</b> \u0001 & \uD83D\uDE00", false));
        AdverseEvent event = FhirAdverseEvents.of(report, (SideEffectReported) report.event());

        assertThat(event.getEvent().getText()).isEqualTo("Headache: <b>bad</b> \u0001 & \uD83D\uDE00");
        assertThat(event.getText().getDivAsString())
                .contains("&lt;b&gt;bad&lt;/b&gt; \uFFFD &amp; ")
                .doesNotContain("\u0001");
        assertThat(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(event))
                .contains("Headache");
    }

    private static MedicationRequestStatus status(Recorded rx, Courses courses, LocalDate today) {
        PrescriptionIssued e = (PrescriptionIssued) rx.event();
        return FhirMedicationRequests.of(rx, e, courses.of(e.prescriptionId()), today)
                .getStatus();
    }

    private void enrol() {
        record(new PatientEnrolled(P, Sex.FEMALE, LocalDate.of(2001, 4, 2), dec("58.5"), true, D.minusDays(60)));
    }

    private Recorded record(Event event) {
        long sequence = events.size() + 1;
        Recorded recorded =
                new Recorded(sequence, Instant.parse("2026-03-01T00:00:00Z").plusSeconds(sequence), event);
        events.add(recorded);
        return recorded;
    }

    private static PrescriptionIssued prescription(String id, LocalDate startsOn, int days) {
        return new PrescriptionIssued(
                P, id, 20, 1, 20, days, 20 * days, startsOn, startsOn.plusDays(days - 1L), startsOn, "DR-7");
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
