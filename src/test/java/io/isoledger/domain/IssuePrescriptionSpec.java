package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.PRESCRIBER;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.PrescriptionIssued;
import io.isoledger.domain.rules.PrescriptionRule;
import io.isoledger.domain.rules.PrescriptionRules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** IssuePrescription outside any single rule; each rule has its own spec. R14 is a projection: its input is totalMg. */
class IssuePrescriptionSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_issuesIt_whenEveryRulePasses(Profile profile) {
        given(eligible())
                .under(profile)
                .when(rx().command())
                .then(new PrescriptionIssued(
                        PATIENT,
                        "rx-1",
                        20,
                        2,
                        40,
                        30,
                        1200,
                        ISSUED_ON,
                        LocalDate.of(2026, 12, 24),
                        ISSUED_ON,
                        PRESCRIBER,
                        // R22: from the issue, or under us-ipledge from the pregnancy test sampled on FRESH.
                        profile == Profile.US_IPLEDGE ? FRESH.plusDays(7) : ISSUED_ON.plusDays(7)));
    }

    @Test
    void issuePrescription_computesDailyDoseTotalAndLastDayOfSupply_fromTheCommand() {
        LocalDate startsOn = LocalDate.of(2026, 12, 1);

        var events = given(eligible())
                .when(rx().strength(10)
                        .capsulesPerDay(5)
                        .daysSupply(90)
                        .startsOn(startsOn)
                        .command())
                .thenAccepted();

        assertThat(events).singleElement().isInstanceOfSatisfying(PrescriptionIssued.class, issued -> {
            assertThat(issued.dailyDoseMg()).isEqualTo(50);
            assertThat(issued.totalMg()).isEqualTo(4500);
            assertThat(issued.startsOn()).isEqualTo(startsOn);
            // startsOn + daysSupply - 1: the 90th day of supply, not the day after it.
            assertThat(issued.endsOn()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(issued.issuedOn()).isEqualTo(ISSUED_ON);
        });
    }

    @ParameterizedTest
    @CsvSource({"10, 1, 1, 10", "10, 3, 28, 840", "20, 2, 30, 1200", "20, 2, 90, 3600"})
    void issuePrescription_recordsTheTotalMgR14Accumulates_asDailyDoseTimesDaysOfSupply(
            int strengthMg, int capsulesPerDay, int daysSupply, int totalMg) {
        var events = given(eligible())
                .when(rx().strength(strengthMg)
                        .capsulesPerDay(capsulesPerDay)
                        .daysSupply(daysSupply)
                        .command())
                .thenAccepted();

        assertThat(events).singleElement().isInstanceOfSatisfying(PrescriptionIssued.class, issued -> assertThat(
                        issued.totalMg())
                .isEqualTo(totalMg));
    }

    @Test
    void issuePrescription_endsOnTheStartDay_whenSupplyIsOneDay() {
        var events = given(eligible()).when(rx().daysSupply(1).command()).thenAccepted();

        assertThat(events).singleElement().isInstanceOfSatisfying(PrescriptionIssued.class, issued -> {
            assertThat(issued.endsOn()).isEqualTo(ISSUED_ON);
            assertThat(issued.totalMg()).isEqualTo(40);
        });
    }

    @Test
    void issuePrescription_isRejectedAsAlreadyExists_whenThePrescriptionIdWasIssuedBefore() {
        LocalDate earlier = ISSUED_ON.minusDays(28);

        given(eligible().and(rx().issuedOn(earlier).issued()))
                .when(rx().command())
                .thenRejected(Rejection.ALREADY_EXISTS);
    }

    @Test
    void issuePrescription_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(rx().command()).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void issuePrescription_isRejectedWithR1R2AndR7_whenItBreaksAllThreeAtOnce() {
        var rejected = given(eligible().withoutBloodTest())
                .when(rx().daysSupply(91).strength(15).capsulesPerDay(4).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R1", "R2", "R7");

        // R7 is broken twice: a 15 mg capsule does not exist, and 60 mg/day exceeds 58.5 kg x 1 mg/kg.
        assertThat(rejected.violations()).hasSize(4);
    }

    @Test
    void issuePrescription_isRejectedWithEveryRuleItBreaks_inRulesMdOrder() {
        // A second prescription, 10 days into a 30-day supply, for a patient who has let everything lapse.
        LocalDate previous = ISSUED_ON.minusDays(10);
        var history = eligible()
                .withoutBloodTest()
                .withoutPregnancyTest()
                .withoutContraception()
                .and(
                        rx().id("rx-0").issuedOn(previous).issued(),
                        declared(ReproductiveStatus.TRYING_TO_CONCEIVE),
                        medication("doxycycline", DrugClass.TETRACYCLINE, FRESH, null),
                        alert("AL-9", "R10", true));

        given(history)
                .when(rx().daysSupply(91).strength(15).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R15", "R17");
    }

    @Test
    void prescriptionRules_areTheRulesOfRulesMd_inItsOrder() {
        assertThat(PrescriptionRules.all())
                .extracting(PrescriptionRule::id)
                .containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R15", "R16", "R17");
        assertThat(PrescriptionRules.all())
                .allSatisfy(rule -> assertThat(rule.summary()).isNotBlank());
    }
}
