package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.PRESCRIBER;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Event.PrescriptionIssued;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** IssuePrescription outside any single rule; each rule has its own spec (R1, R2, R7). */
class IssuePrescriptionSpec {

    @Test
    void issuePrescription_issuesIt_whenEveryRulePasses() {
        given(enrolled(), bloodTest(FRESH))
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
                        PRESCRIBER));
    }

    @Test
    void issuePrescription_computesDailyDoseTotalAndLastDayOfSupply_fromTheCommand() {
        LocalDate startsOn = LocalDate.of(2026, 12, 1);

        var events = given(enrolled(), bloodTest(FRESH))
                .when(rx().strength(10).capsulesPerDay(5).daysSupply(90).startsOn(startsOn).command())
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

    @Test
    void issuePrescription_endsOnTheStartDay_whenSupplyIsOneDay() {
        var events = given(enrolled(), bloodTest(FRESH)).when(rx().daysSupply(1).command()).thenAccepted();

        assertThat(events).singleElement().isInstanceOfSatisfying(PrescriptionIssued.class, issued -> {
            assertThat(issued.endsOn()).isEqualTo(ISSUED_ON);
            assertThat(issued.totalMg()).isEqualTo(40);
        });
    }

    @Test
    void issuePrescription_isRejectedAsAlreadyExists_whenThePrescriptionIdWasIssuedBefore() {
        LocalDate earlier = ISSUED_ON.minusDays(28);

        given(enrolled(), bloodTest(earlier.minusDays(1)), rx().issuedOn(earlier).issued(), bloodTest(FRESH))
                .when(rx().command())
                .thenRejected(Rejection.ALREADY_EXISTS);
    }

    @Test
    void issuePrescription_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(rx().command()).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void issuePrescription_isRejectedWithR1R2AndR7_whenItBreaksAllThreeAtOnce() {
        var rejected = given(enrolled())
                .when(rx().daysSupply(91).strength(15).capsulesPerDay(4).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R1", "R2", "R7");

        // R7 is broken twice: a 15 mg capsule does not exist, and 60 mg/day exceeds 58.5 kg x 1 mg/kg.
        assertThat(rejected.violations()).hasSize(4);
    }
}
