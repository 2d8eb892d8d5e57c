package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.contraception;
import static io.isoledger.domain.PregnancyPreventionFixtures.potentialChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.ChangeReproductivePotential;
import io.isoledger.domain.command.EndTreatment;
import io.isoledger.domain.event.ReproductivePotentialChanged;
import io.isoledger.domain.event.TreatmentEnded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whether a patient can become pregnant changes by its own event, from {@code changedOn}; R4, R5
 * and R18 (see {@link ContraceptionFailureSpec}) follow the value in force on the day they judge.
 */
class ReproductivePotentialSpec {

    @Test
    void changeReproductivePotential_recordsTheChange_withItsReasonAndWhoRecordedIt() {
        given(eligible())
                .when(new ChangeReproductivePotential(
                        PATIENT, false, ISSUED_ON, PotentialChangeReason.STERILIZATION, "dr-a"))
                .then(new ReproductivePotentialChanged(
                        PATIENT, false, ISSUED_ON, PotentialChangeReason.STERILIZATION, "dr-a"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_asksNoPregnancyTest_whenThePatientCanNoLongerBecomePregnantFromBeforeTheStart(
            Profile profile) {
        given(eligible().withoutPregnancyTest().and(potentialChanged(false, ISSUED_ON.minusDays(10))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR4_whenAPatientEnrolledUnableToBecomePregnantCanFromBeforeTheStart(
            Profile profile) {
        given(eligible().whoCannotBecomePregnant().withoutPregnancyTest().and(potentialChanged(true, ISSUED_ON)))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @Test
    void issuePrescription_isRejectedWithR4_whenTheChangeIsDatedAfterTheStart() {
        // Able to become pregnant on the start; the change takes effect only from its own date.
        given(eligible().withoutPregnancyTest().and(potentialChanged(false, ISSUED_ON.plusDays(1))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @Test
    void issuePrescription_asksNoPregnancyTest_whenABackdatedCorrectionIsOlderThanTheChangeItWouldOverride() {
        var sterilised = potentialChanged(false, ISSUED_ON.minusDays(5));
        var olderCorrection = new ReproductivePotentialChanged(
                PATIENT, true, ISSUED_ON.minusDays(30), PotentialChangeReason.CORRECTION, "dr-b");
        given(eligible().withoutPregnancyTest().and(sterilised, olderCorrection))
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_asksNoContraception_underUsIpledgeAndEuPpp_onceThePatientCanNoLongerBecomePregnant(
            Profile profile) {
        given(eligible().withoutContraception().and(potentialChanged(false, ISSUED_ON.minusDays(10))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_stillAsksContraception_underJpClinic_butWithoutLeadTime_onceThePatientCannot() {
        var noLongerAble = potentialChanged(false, ISSUED_ON.minusDays(10));
        given(eligible().withoutContraception().and(noLongerAble))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
        given(eligible().withoutContraception().and(noLongerAble, contraception(ISSUED_ON)))
                .under(Profile.JP_CLINIC)
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_asksTheLeadTimeAgain_onceThePatientCanBecomePregnant(Profile profile) {
        given(eligible()
                        .whoCannotBecomePregnant()
                        .withoutContraception()
                        .and(potentialChanged(true, ISSUED_ON.minusDays(10)), contraception(ISSUED_ON.minusDays(10))))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R5");
    }

    @Test
    void endTreatment_setsNoR13ContraceptionDate_underUsIpledge_whenThePatientCouldNotBecomePregnantOnTheLastDay() {
        var history = eligible().and(rx().issued(), potentialChanged(false, ISSUED_ON.plusDays(3)));
        var events = given(history)
                .under(Profile.US_IPLEDGE)
                .when(new EndTreatment(
                        PATIENT, ISSUED_ON.plusDays(10), TreatmentEndReason.COMPLETED, ISSUED_ON.plusDays(10)))
                .thenAccepted();

        assertThat(((TreatmentEnded) events.get(0)).contraceptionRequiredUntil())
                .isNull();
    }
}
