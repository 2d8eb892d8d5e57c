package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.command.ReportSideEffect;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.event.SideEffectReported;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R11: an acne flare with its onset in weeks 1-8 of a course (days 0-55 after its first supply
 * starts) is the expected initial flare: {@code expected = true}, and no alert unless it is severe.
 */
class ReportSideEffectFlareSpec {

    /** The course starts with rx-1 on ISSUED_ON. */
    private static final PatientHistory IN_TREATMENT = eligible().and(rx().issued());

    private static final LocalDate COURSE_START = ISSUED_ON;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 27, 55})
    void reportSideEffect_classifiesAnAcneFlareAsExpectedR11_withoutAnAlert_inWeeks1To8(int daysIn) {
        LocalDate onset = COURSE_START.plusDays(daysIn);
        given(IN_TREATMENT)
                .when(flare(onset, 2))
                .then(new SideEffectReported(
                        PATIENT, SideEffectTerm.ACNE_FLARE, 2, onset, Reporter.PATIENT, null, true));
    }

    @ParameterizedTest
    @ValueSource(ints = {56, 90})
    void reportSideEffect_doesNotClassifyAnAcneFlareAsExpectedR11_fromWeek9On(int daysIn) {
        assertThat(reported(given(IN_TREATMENT)
                                .when(flare(COURSE_START.plusDays(daysIn), 2))
                                .thenAccepted())
                        .expected())
                .isFalse();
    }

    @Test
    void reportSideEffect_doesNotClassifyAnAcneFlareAsExpectedR11_beforeAnyPrescription() {
        assertThat(reported(given(eligible()).when(flare(ISSUED_ON, 2)).thenAccepted())
                        .expected())
                .isFalse();
    }

    @Test
    void reportSideEffect_doesNotClassifyAnAcneFlareAsExpectedR11_beforeTheFirstSupplyStarts() {
        var startsLater = rx().startsOn(ISSUED_ON.plusDays(14)).issued();
        assertThat(reported(given(eligible().and(startsLater))
                                .when(flare(ISSUED_ON.plusDays(3), 2))
                                .thenAccepted())
                        .expected())
                .isFalse();
    }

    @Test
    void reportSideEffect_doesNotClassifyOtherTermsAsExpectedR11_inWeeks1To8() {
        var report = new ReportSideEffect(
                PATIENT, SideEffectTerm.DRY_SKIN, 2, COURSE_START.plusDays(7), Reporter.PATIENT, null);
        assertThat(reported(given(IN_TREATMENT).when(report).thenAccepted()).expected())
                .isFalse();
    }

    @Test
    void reportSideEffect_classifiesAnAcneFlareAsExpectedR11_inWeeks1To8OfANewCourse() {
        var firstCourse = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(200)).issued();
        var history = eligible().and(firstCourse, ended(firstCourse.endsOn()), rx().issued());

        assertThat(reported(given(history)
                                .when(flare(COURSE_START.plusDays(10), 2))
                                .thenAccepted())
                        .expected())
                .isTrue();
    }

    @Test
    void reportSideEffect_raisesABlockingR10Alert_forAnExpectedFlareOfGrade3() {
        var events =
                given(IN_TREATMENT).when(flare(COURSE_START.plusDays(10), 3)).thenAccepted();

        assertThat(reported(events).expected()).isTrue();
        assertThat(events).last().isInstanceOfSatisfying(SafetyAlertRaised.class, alert -> {
            assertThat(alert.rule()).isEqualTo("R10");
            assertThat(alert.blocking()).isTrue();
        });
    }

    private static ReportSideEffect flare(LocalDate onsetOn, int grade) {
        return new ReportSideEffect(PATIENT, SideEffectTerm.ACNE_FLARE, grade, onsetOn, Reporter.PATIENT, null);
    }

    private static SideEffectReported reported(List<Event> events) {
        assertThat(events).first().isInstanceOf(SideEffectReported.class);
        return (SideEffectReported) events.get(0);
    }
}
