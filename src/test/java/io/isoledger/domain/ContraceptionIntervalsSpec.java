package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.CONTRACEPTION_SINCE;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraception;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraceptionStopped;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.ContraceptionConfirmed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R5 reads each method as intervals of use by clinical date: in use from its start and from each
 * confirmation, until a stop; a backdated entry never overrides a newer one. {@link Fixtures#eligible()}
 * has an IUD and condoms from ISSUED_ON - 45, confirmed on ISSUED_ON - 5.
 */
class ContraceptionIntervalsSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR5_whenEveryMethodWasStoppedBeforeTheStart(Profile profile) {
        var rejected = given(eligible()
                        .and(contraceptionStopped(
                                ISSUED_ON.minusDays(2), ContraceptionMethod.IUD, ContraceptionMethod.CONDOM)))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");

        assertThat(rejected.violations().get(0).message()).contains("no method");
    }

    @Test
    void issuePrescription_isRejectedWithR5_whenTheMethodsStopOnTheStartDay() {
        given(eligible().and(contraceptionStopped(ISSUED_ON, ContraceptionMethod.IUD, ContraceptionMethod.CONDOM)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @Test
    void issuePrescription_isRejectedWithR5_whenTheStopIsEnteredBeforeTheConfirmationItFollows() {
        // Entered first but dated after the confirmation: it still ends the use.
        var stop = contraceptionStopped(ISSUED_ON.minusDays(2), ContraceptionMethod.IUD, ContraceptionMethod.CONDOM);
        given(new PatientHistory(
                        enrolled(),
                        null,
                        negativePregnancyTest(FRESH),
                        bloodTest(FRESH),
                        List.of(stop, contraception(CONTRACEPTION_SINCE))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_keepsTheOtherMethod_whenOnlyCondomsStop(Profile profile) {
        // An IUD alone: any one method (jp), one highly effective (eu); us-ipledge asks for two.
        var outcome = given(eligible().and(contraceptionStopped(ISSUED_ON.minusDays(2), ContraceptionMethod.CONDOM)))
                .under(profile)
                .when(rx().command());
        if (profile == Profile.US_IPLEDGE) {
            outcome.thenRejected(Rejection.RULE_VIOLATION, "R5");
        } else {
            outcome.thenAccepted();
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_countsAMethodInUseOnlySinceItsLastConfirmation_whenAStopFallsBetween(Profile profile) {
        // Condoms stopped on day -20, then confirmed in use on day -5 (eligible's confirmation): in use
        // on the start, but not unbroken since the 30 days' lead; the IUD alone is unbroken.
        var outcome = given(eligible().and(contraceptionStopped(ISSUED_ON.minusDays(20), ContraceptionMethod.CONDOM)))
                .under(profile)
                .when(rx().command());
        if (profile == Profile.US_IPLEDGE) {
            var rejected = outcome.thenRejected(Rejection.RULE_VIOLATION, "R5");
            assertThat(rejected.violations().get(0).message()).contains("without a break");
        } else {
            outcome.thenAccepted();
        }
    }

    @Test
    void issuePrescription_isRejectedWithR5_whenABackdatedConfirmationWouldBridgeANewerStop_underUsIpledge() {
        // Confirmed again as started on day -45, entered after the stop of day -20: the stop is newer.
        var reconfirmed = new ContraceptionConfirmed(
                PATIENT, Set.of(ContraceptionMethod.CONDOM), CONTRACEPTION_SINCE, ISSUED_ON.minusDays(1));
        given(eligible().and(contraceptionStopped(ISSUED_ON.minusDays(20), ContraceptionMethod.CONDOM), reconfirmed))
                .under(Profile.US_IPLEDGE)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR5_whenAStoppedMethodIsStartedAgainBeforeTheLead_onALaterPrescription(
            Profile profile) {
        // Later prescriptions of a course ask no lead time: in force on the start and re-confirmed.
        var first = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(23)).issued();
        var restarted = new ContraceptionConfirmed(
                PATIENT,
                Set.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM),
                ISSUED_ON.minusDays(3),
                ISSUED_ON.minusDays(3));
        given(eligible()
                        .and(
                                first,
                                contraceptionStopped(
                                        ISSUED_ON.minusDays(10), ContraceptionMethod.IUD, ContraceptionMethod.CONDOM),
                                restarted))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }
}
