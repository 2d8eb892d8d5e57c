package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R18, declared statuses: pregnant, trying to conceive or breastfeeding in force on a day of the
 * course, or until contraception is no longer required after it, raise a blocking alert at once.
 * Positive results are in {@link PregnancyResultSignalsSpec}, failures in {@link ContraceptionFailureSpec}.
 */
class PregnancySignalsSpec {

    /** One 30-day supply from ISSUED_ON (5 events): its last day is ISSUED_ON + 29. */
    static final PatientHistory IN_TREATMENT = eligible().and(rx().issued());

    static final LocalDate LAST_DAY = ISSUED_ON.plusDays(29);
    static final String ACTION = "Stop isotretinoin and contact the prescriber.";

    @ParameterizedTest
    @EnumSource(
            value = ReproductiveStatus.class,
            names = {"PREGNANT", "TRYING_TO_CONCEIVE", "BREASTFEEDING"})
    void declareReproductiveStatus_raisesABlockingR18Alert_whenDeclaredDuringTheCourse(ReproductiveStatus status) {
        LocalDate day = ISSUED_ON.plusDays(10);
        for (Profile profile : Profile.values()) {
            var events = given(IN_TREATMENT)
                    .under(profile)
                    .when(new DeclareReproductiveStatus(PATIENT, status, day))
                    .thenAccepted();

            assertThat(events).hasSize(2);
            assertThat(events.get(0)).isEqualTo(new ReproductiveStatusDeclared(PATIENT, status, day));
            assertThat((SafetyAlertRaised) events.get(1)).satisfies(a -> {
                assertThat(a.alertId()).isEqualTo("AL-7"); // its own sequence: 5 events, the fact, then it
                assertThat(a.rule()).isEqualTo("R18");
                assertThat(a.blocking()).isTrue();
                assertThat(a.reason()).contains(ACTION, status.name());
                assertThat(a.raisedOn()).isEqualTo(day);
            });
        }
    }

    @Test
    void declareReproductiveStatus_raisesNoAlert_whenNoneIsDeclaredDuringTheCourse() {
        assertThat(given(IN_TREATMENT)
                        .when(new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.NONE, ISSUED_ON.plusDays(10)))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void declareReproductiveStatus_raisesAnR18Alert_whenAPregnancyDeclaredBeforeTheCourseIsStillInForceInIt() {
        // Entered late: declared pregnant two days before the first supply, nothing declared since.
        assertThat(given(IN_TREATMENT)
                        .when(new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.PREGNANT, FRESH.plusDays(3)))
                        .thenAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.rule()).isEqualTo("R18"));
    }

    @Test
    void declareReproductiveStatus_raisesNoAlert_whenAPregnancyDeclaredBeforeTheCourseEndedBeforeItByANewerNone() {
        var history = IN_TREATMENT.and(declared(ReproductiveStatus.NONE, FRESH.plusDays(4)));
        assertThat(given(history)
                        .when(new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.PREGNANT, FRESH.plusDays(3)))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void declareReproductiveStatus_raisesNoAlert_beforeAnyCourse() {
        assertThat(given(eligible())
                        .when(new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.PREGNANT, ISSUED_ON))
                        .thenAlerts())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void declareReproductiveStatus_raisesAnR18Alert_onTheLastDayContraceptionIsRequiredAfterAnEndedCourse(
            Profile profile) {
        int after = profile.policy().contraceptionAfterEndDays();
        assertThat(given(endedUnder(profile))
                        .under(profile)
                        .when(pregnantOn(LAST_DAY.plusDays(after)))
                        .thenAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.rule()).isEqualTo("R18"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void declareReproductiveStatus_raisesNoAlert_theDayAfterContraceptionIsNoLongerRequired(Profile profile) {
        int after = profile.policy().contraceptionAfterEndDays();
        assertThat(given(endedUnder(profile))
                        .under(profile)
                        .when(pregnantOn(LAST_DAY.plusDays(after + 1L)))
                        .thenAlerts())
                .isEmpty();
    }

    static PatientHistory endedUnder(Profile profile) {
        return IN_TREATMENT.and(ended(LAST_DAY, TreatmentEndReason.COMPLETED, profile.policy()));
    }

    private static DeclareReproductiveStatus pregnantOn(LocalDate day) {
        return new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.PREGNANT, day);
    }
}
