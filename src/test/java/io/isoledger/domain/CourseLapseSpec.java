package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraception;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.event.TreatmentEnded;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R20: a supply that starts more than 60 days (every profile) after the last one ran out opens a
 * new course: the decider records the lapse as a TreatmentEnded dated the last supplied day, then
 * the first-prescription rules apply again (R2's baseline test, R5's lead time).
 */
class CourseLapseSpec {

    /** Ran out 61 days before ISSUED_ON (its last day ISSUED_ON - 62): a start on ISSUED_ON lapses. */
    private static final PrescriptionIssued LAPSED = previousEndingOn(ISSUED_ON.minusDays(62));
    /** Ran out exactly 60 days before ISSUED_ON: a start on ISSUED_ON continues the course. */
    private static final PrescriptionIssued CONTINUED = previousEndingOn(ISSUED_ON.minusDays(61));

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_recordsR20sLapseAsTreatmentEndedOnTheLastSuppliedDay_beforeTheNewSupply(Profile profile) {
        var events = given(eligible().and(LAPSED))
                .under(profile)
                .when(rx().command())
                .thenAccepted();

        LocalDate last = LAPSED.endsOn();
        Restrictions r = Restrictions.after(last, profile.policy(), true);
        assertThat(events).hasSize(2);
        assertThat(events.get(0))
                .isEqualTo(new TreatmentEnded(
                        PATIENT,
                        last,
                        TreatmentEndReason.LAPSED,
                        r.contraceptionRequiredUntil(),
                        last.plusDays(30),
                        last.plusDays(180)));
        assertThat(events.get(1)).isInstanceOf(PrescriptionIssued.class);
        PatientState after = Evolver.evolveAll(
                Evolver.evolveAll(
                        PatientState.initial(PATIENT), eligible().and(LAPSED).events()),
                events);
        assertThat(after.courseStartedOn()).isEqualTo(ISSUED_ON);
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_continuesTheCourse_whenTheSupplyStartsExactly60DaysAfterTheLastRanOut(Profile profile) {
        var events = given(eligible().and(CONTINUED))
                .under(profile)
                .when(rx().command())
                .thenAccepted();

        assertThat(events).singleElement().isInstanceOf(PrescriptionIssued.class);
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_isRejectedWithR2_whenALapsedCourseRestartsWithoutABaselineBloodTest(Profile profile) {
        given(eligible().withoutBloodTest().and(LAPSED))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR2WithoutABloodTest_whenTheCourseContinuesAfterExactly60Days(Profile profile) {
        given(eligible().withoutBloodTest().and(CONTINUED))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR5_whenALapsedCourseRestartsOnContraceptionOfOnly10Days(Profile profile) {
        given(eligible().withoutContraception().and(LAPSED, contraception(ISSUED_ON.minusDays(10))))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_asksNoNewLeadTime_whenTheCourseContinuesAfterExactly60Days(Profile profile) {
        given(eligible().withoutContraception().and(CONTINUED, contraception(ISSUED_ON.minusDays(10))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    private static PrescriptionIssued previousEndingOn(LocalDate lastDay) {
        return rx().id("rx-0").issuedOn(lastDay.minusDays(29)).issued();
    }
}
