package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.ENROLLED_ON;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.Fixtures.weight;
import static io.isoledger.domain.PregnancyPreventionFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Facts take effect by their clinical date: a backdated entry is kept but never overrides
 * a newer fact, whatever order they were entered in. The three holes the rewrite closed are here.
 */
class FactsByClinicalDateSpec {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    /** 20 mg x 4: more than 1 mg/kg/day of 45 kg, within it of 80 kg. */
    private static final Rx EIGHTY_MG = rx().capsulesPerDay(4);

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR7_whenAn80KgWeightMeasuredIn2024IsEnteredAfterTodays45Kg(Profile profile) {
        given(eligible().and(weight("45", ISSUED_ON), weight("80", IN_2024)))
                .under(profile)
                .when(EIGHTY_MG.command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @Test
    void issuePrescription_passesR7_whenTheNewestMeasurementIs80Kg_thoughA45KgWeightWasEnteredAfterIt() {
        given(eligible().and(weight("80", FRESH), weight("45", IN_2024)))
                .when(EIGHTY_MG.command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenABackdatedWeightBeforeEnrolmentWouldOverrideTheEnrolmentWeight() {
        // The enrolment weight (58.5 kg) is dated enrolledOn, so a heavier one measured before it does not count.
        given(eligible().and(weight("100", ENROLLED_ON.minusDays(30))))
                .when(EIGHTY_MG.command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @Test
    void issuePrescription_usesTheWeightEnteredLast_forR7_whenTwoWeightsWereMeasuredOnTheSameDay() {
        given(eligible().and(weight("45", FRESH), weight("80", FRESH)))
                .when(EIGHTY_MG.command())
                .thenAccepted();
        given(eligible().and(weight("80", FRESH), weight("45", FRESH)))
                .when(EIGHTY_MG.command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @Test
    void issuePrescription_usesTheWeightMeasuredOnTheSupplysStartDay_forR7() {
        given(eligible().and(weight("45", ISSUED_ON)))
                .when(EIGHTY_MG.command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR3_whenAPregnancyDeclaredYesterdayIsFollowedByAnOldNoneEnteredAfterIt(
            Profile profile) {
        given(eligible()
                        .and(
                                declared(ReproductiveStatus.PREGNANT, ISSUED_ON.minusDays(1)),
                                declared(ReproductiveStatus.NONE, LocalDate.of(2025, 1, 1))))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R3");
    }

    @Test
    void issuePrescription_isRejectedWithR3_whenThePregnancyIsDeclaredOnTheIssueDay_andTheSupplyStartsLater() {
        given(eligible().and(declared(ReproductiveStatus.PREGNANT, ISSUED_ON)))
                .when(rx().startsOn(ISSUED_ON.plusDays(3)).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R3");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_stillFailsR4_whenAPositiveTestAfterANegativeOneWasResolvedAsReferredToObstetrics(
            Profile profile) {
        var withPositive = recorded(
                eligible(),
                profile,
                new RecordPregnancyTest(
                        PATIENT, FRESH.plusDays(1), PregnancyTestResult.POSITIVE, PregnancyTestMethod.URINE));
        var alert = (SafetyAlertRaised)
                withPositive.later().get(withPositive.later().size() - 1);
        assertThat(alert.rule()).isEqualTo("R4");
        var resolved = recorded(
                withPositive,
                profile,
                new ResolveAlert(PATIENT, alert.alertId(), CLINICIAN, "referred to obstetrics", ISSUED_ON));

        var rejected = given(resolved).under(profile).when(rx().command()).thenRejected(Rejection.RULE_VIOLATION, "R4");
        assertThat(rejected.violations().get(0).message())
                .contains(FRESH.plusDays(1).toString());
    }

    @Test
    void issuePrescription_isRejectedWithR3_whateverOrderAPregnancyAndANoneOfDifferentDaysWereEnteredIn() {
        var pregnant = declared(ReproductiveStatus.PREGNANT, FRESH);
        var none = declared(ReproductiveStatus.NONE, FRESH.minusDays(10));
        given(eligible().and(pregnant, none)).when(rx().command()).thenRejected(Rejection.RULE_VIOLATION, "R3");
        given(eligible().and(none, pregnant)).when(rx().command()).thenRejected(Rejection.RULE_VIOLATION, "R3");
    }
}
