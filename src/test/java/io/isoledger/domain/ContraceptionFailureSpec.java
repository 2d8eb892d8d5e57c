package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.potentialChanged;
import static io.isoledger.domain.PregnancySignalsSpec.ACTION;
import static io.isoledger.domain.PregnancySignalsSpec.IN_TREATMENT;
import static io.isoledger.domain.PregnancySignalsSpec.LAST_DAY;
import static io.isoledger.domain.PregnancySignalsSpec.endedUnder;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.ReportContraceptionFailure;
import io.isoledger.domain.event.ContraceptionFailureReported;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R18, contraception failures: a failure on a day of the course, or of the contraception period
 * after it, for a patient who could become pregnant that day raises a blocking alert; outside that
 * window, or for a patient who could not become pregnant, the failure is only recorded.
 */
class ContraceptionFailureSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void reportContraceptionFailure_raisesABlockingR18Alert_onADayOfTheCourse(Profile profile) {
        LocalDate day = ISSUED_ON.plusDays(10);
        var events = given(IN_TREATMENT).under(profile).when(failure(day)).thenAccepted();

        assertThat(events.get(0))
                .isEqualTo(new ContraceptionFailureReported(
                        PATIENT, day, ContraceptionFailureKind.CONDOM_FAILURE, "broke"));
        assertThat(events.subList(1, events.size()))
                .singleElement()
                .isInstanceOfSatisfying(SafetyAlertRaised.class, a -> {
                    assertThat(a.rule()).isEqualTo("R18");
                    assertThat(a.blocking()).isTrue();
                    assertThat(a.reason()).contains(ACTION, "CONDOM_FAILURE");
                    assertThat(a.alertId()).isEqualTo("AL-7");
                });
    }

    @Test
    void reportContraceptionFailure_raisesAnR18Alert_onTheCoursesFirstDay() {
        assertThat(given(IN_TREATMENT).when(failure(ISSUED_ON)).thenAlerts()).hasSize(1);
    }

    @Test
    void reportContraceptionFailure_raisesNoAlert_theDayBeforeTheCourseStarted() {
        assertThat(given(IN_TREATMENT).when(failure(ISSUED_ON.minusDays(1))).thenAlerts())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void reportContraceptionFailure_raisesAnR18Alert_onTheLastDayContraceptionIsRequiredAfterTheEnd(Profile profile) {
        LocalDate until = LAST_DAY.plusDays(profile.policy().contraceptionAfterEndDays());
        assertThat(given(endedUnder(profile))
                        .under(profile)
                        .when(failure(until))
                        .thenAlerts())
                .hasSize(1);
        assertThat(given(endedUnder(profile))
                        .under(profile)
                        .when(failure(until.plusDays(1)))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void reportContraceptionFailure_raisesNoAlert_beforeAnyCourse() {
        assertThat(given(eligible()).when(failure(ISSUED_ON)).thenAlerts()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void reportContraceptionFailure_raisesNoAlert_forAPatientWhoCannotBecomePregnant_evenUnderJpClinic(
            Profile profile) {
        var history = eligible().whoCannotBecomePregnant().and(rx().issued());
        assertThat(given(history)
                        .under(profile)
                        .when(failure(ISSUED_ON.plusDays(10)))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void reportContraceptionFailure_followsTheReproductivePotentialInForceOnTheDayOfTheFailure() {
        // No longer able to become pregnant from day 5 of the course (entered after the fact, too).
        var history = IN_TREATMENT.and(potentialChanged(false, ISSUED_ON.plusDays(5)));
        assertThat(given(history).when(failure(ISSUED_ON.plusDays(4))).thenAlerts())
                .hasSize(1);
        assertThat(given(history).when(failure(ISSUED_ON.plusDays(5))).thenAlerts())
                .isEmpty();
    }

    @Test
    void reportContraceptionFailure_raisesAnR18Alert_inThePreviousCoursesContraceptionPeriod_afterANewCourseStarted() {
        // Course A ended on day -71 (contraception required until day 19); course B started on day 0.
        var courseA = rx().id("rx-a").issuedOn(ISSUED_ON.minusDays(100)).issued();
        var history = eligible().and(courseA, ended(courseA.endsOn()), rx().issued());

        assertThat(given(history).when(failure(ISSUED_ON.minusDays(10))).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
    }

    private static ReportContraceptionFailure failure(LocalDate day) {
        return new ReportContraceptionFailure(PATIENT, day, ContraceptionFailureKind.CONDOM_FAILURE, "broke");
    }
}
