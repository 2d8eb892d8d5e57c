package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.Fixtures.weight;
import static io.isoledger.domain.PregnancyPreventionFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.event.PrescriptionIssued;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AssessEligibility: the patient rules of IssuePrescription for a prescription issued and starting on
 * a day; accepted with no events, or rejected listing every rule that would block. R1 and R7 judge a
 * prescription's own numbers and are never listed.
 */
class AssessEligibilitySpec {

    /** 30 days from ISSUED_ON - 22, lasting until ISSUED_ON + 7: the next supply may start on ISSUED_ON + 1 (R15). */
    private static final PrescriptionIssued CURRENT_SUPPLY =
            rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(22)).issued();

    @ParameterizedTest
    @EnumSource(Profile.class)
    void assessEligibility_isAcceptedWithNoEvents_whenThePatientIsEligible(Profile profile) {
        assertThat(given(eligible()).under(profile).when(assess(ISSUED_ON)).thenAccepted())
                .isEmpty();
    }

    @Test
    void assessEligibility_isRejectedWithR2R4AndR5_whenOnlyTheEnrolmentIsRecorded() {
        given(enrolled()).when(assess(ISSUED_ON)).thenRejected(Rejection.RULE_VIOLATION, "R2", "R4", "R5");
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void assessEligibility_isRejectedWithR2Only_forAPatientWhoCannotBecomePregnant_underUsIpledgeAndEuPpp(
            Profile profile) {
        given(enrolled(false)).under(profile).when(assess(ISSUED_ON)).thenRejected(Rejection.RULE_VIOLATION, "R2");
    }

    @Test
    void assessEligibility_isRejectedWithR3R6AndR8_whenThePatientsFactsBlockAPrescription() {
        given(eligible()
                        .and(
                                declared(ReproductiveStatus.BREASTFEEDING),
                                medication("minocycline", DrugClass.TETRACYCLINE, FRESH, null),
                                alert("AL-9", "R10", true)))
                .when(assess(ISSUED_ON))
                .thenRejected(Rejection.RULE_VIOLATION, "R3", "R6", "R8");
    }

    @Test
    void assessEligibility_neverListsR1OrR7_evenWhenNoCapsuleFitsTheLastRecordedWeight() {
        // At 5 kg even one 10 mg capsule a day exceeds 1 mg/kg/day; no prescription is asked, so R7 is silent.
        assertThat(given(eligible().and(weight("5", FRESH)))
                        .when(assess(ISSUED_ON))
                        .thenAccepted())
                .isEmpty();
    }

    @Test
    void assessEligibility_isRejectedWithR4_whenThePregnancyTestIsTooOldOnTheAskedDay_underUsIpledge() {
        // The pregnancy test of FRESH is 8 days old three days after ISSUED_ON: older than us-ipledge's 7.
        given(eligible())
                .under(Profile.US_IPLEDGE)
                .when(assess(ISSUED_ON.plusDays(3)))
                .thenRejected(Rejection.RULE_VIOLATION, "R4");
    }

    @Test
    void assessEligibility_isAccepted_whenThePregnancyTestIsWithin30DaysOnTheAskedDay_underJpClinic() {
        assertThat(given(eligible())
                        .under(Profile.JP_CLINIC)
                        .when(assess(ISSUED_ON.plusDays(3)))
                        .thenAccepted())
                .isEmpty();
    }

    @Test
    void assessEligibility_isRejectedWithR15_whenTheCurrentSupplyRunsOnBeyondTheGrace() {
        given(eligible().and(CURRENT_SUPPLY)).when(assess(ISSUED_ON)).thenRejected(Rejection.RULE_VIOLATION, "R15");
    }

    @Test
    void assessEligibility_isAccepted_onTheFirstDayTheNextSupplyMayStart() {
        assertThat(given(eligible().and(CURRENT_SUPPLY))
                        .when(assess(ISSUED_ON.plusDays(1)))
                        .thenAccepted())
                .isEmpty();
    }

    @Test
    void assessEligibility_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(assess(ISSUED_ON)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    private static AssessEligibility assess(LocalDate on) {
        return new AssessEligibility(PATIENT, on);
    }
}
