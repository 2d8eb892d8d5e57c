package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.enrolled;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SideEffectReported;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R10: a report of CTCAE grade 3 or more, or of a warning term at any grade, raises a blocking alert.
 * The patient is enrolled (event 1), so the report is event 2 and its alert AL-3.
 */
class ReportSideEffectSpec {

    private static final LocalDate ONSET = ISSUED_ON.plusDays(10);

    @Test
    void reportSideEffect_recordsTheReport_withoutAnAlert_whenGrade1DryLipsAreReported() {
        String notes = "lip balm helps";
        given(enrolled())
                .when(new ReportSideEffect(PATIENT, SideEffectTerm.DRY_LIPS, 1, ONSET, Reporter.PATIENT, notes))
                .then(new SideEffectReported(
                        PATIENT, SideEffectTerm.DRY_LIPS, 1, ONSET, Reporter.PATIENT, notes, false));
    }

    @Test
    void reportSideEffect_raisesNoR10Alert_whenGrade2DryLipsAreReported() {
        given(enrolled())
                .when(report(SideEffectTerm.DRY_LIPS, 2))
                .then(new SideEffectReported(PATIENT, SideEffectTerm.DRY_LIPS, 2, ONSET, Reporter.NURSE, null, false));
    }

    @ParameterizedTest
    @EnumSource(
            value = SideEffectTerm.class,
            names = {
                "NIGHT_VISION_DECREASED",
                "DEPRESSION",
                "SUICIDAL_IDEATION",
                "INTRACRANIAL_HYPERTENSION",
                "PANCREATITIS"
            },
            mode = EnumSource.Mode.EXCLUDE)
    void reportSideEffect_raisesNoR10Alert_whenAnyOtherTermIsGrade2(SideEffectTerm term) {
        assertThat(given(enrolled()).when(report(term, 2)).thenAccepted()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void reportSideEffect_raisesABlockingR10Alert_whenTheGradeIs3OrMore(int grade) {
        var events =
                given(enrolled()).when(report(SideEffectTerm.DRY_SKIN, grade)).thenAccepted();

        assertThat(events).hasSize(2);
        assertThat(events.get(0))
                .isEqualTo(new SideEffectReported(
                        PATIENT, SideEffectTerm.DRY_SKIN, grade, ONSET, Reporter.NURSE, null, false));
        assertThat(events.get(1))
                .isEqualTo(new SafetyAlertRaised(PATIENT, "AL-3", "R10", true, alertReason(events), ONSET));
        assertThat(alertReason(events)).contains("DRY_SKIN", "grade " + grade);
    }

    @ParameterizedTest
    @EnumSource(
            value = SideEffectTerm.class,
            names = {
                "NIGHT_VISION_DECREASED",
                "DEPRESSION",
                "SUICIDAL_IDEATION",
                "INTRACRANIAL_HYPERTENSION",
                "PANCREATITIS"
            })
    void reportSideEffect_raisesABlockingR10Alert_whenAWarningTermIsReportedAtGrade1(SideEffectTerm term) {
        var events = given(enrolled()).when(report(term, 1)).thenAccepted();

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(SafetyAlertRaised.class, alert -> {
            assertThat(alert.alertId()).isEqualTo("AL-3");
            assertThat(alert.rule()).isEqualTo("R10");
            assertThat(alert.blocking()).isTrue();
            assertThat(alert.reason()).contains(term.name());
        });
    }

    @Test
    void reportSideEffect_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(report(SideEffectTerm.HEADACHE, 2)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    private static ReportSideEffect report(SideEffectTerm term, int grade) {
        return new ReportSideEffect(PATIENT, term, grade, ONSET, Reporter.NURSE, null);
    }

    private static String alertReason(List<Event> events) {
        return ((SafetyAlertRaised) events.get(1)).reason();
    }
}
