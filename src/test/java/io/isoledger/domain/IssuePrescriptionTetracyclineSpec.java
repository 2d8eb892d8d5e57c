package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R6: no active tetracycline on the day the prescription starts; the latest record of a drug counts. */
class IssuePrescriptionTetracyclineSpec {

    private static final LocalDate STARTED_ON = ISSUED_ON.minusDays(60);

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR6_whenATetracyclineIsActive(Profile profile) {
        var rejected = given(eligible().and(medication("minocycline", DrugClass.TETRACYCLINE, STARTED_ON, null)))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("minocycline"));
    }

    @Test
    void issuePrescription_isRejectedWithR6_whenTheTetracyclineStopsOnTheDayTheSupplyStarts() {
        given(eligible().and(medication("doxycycline", DrugClass.TETRACYCLINE, STARTED_ON, ISSUED_ON)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR6_whenTheTetracyclineStoppedTheDayBeforeTheSupplyStarts(Profile profile) {
        given(eligible().and(medication("doxycycline", DrugClass.TETRACYCLINE, STARTED_ON, ISSUED_ON.minusDays(1))))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_passesR6_whenTheSupplyStartsAfterTheDayATetracyclineStops() {
        given(eligible().and(medication("doxycycline", DrugClass.TETRACYCLINE, STARTED_ON, ISSUED_ON.plusDays(2))))
                .when(rx().startsOn(ISSUED_ON.plusDays(3)).command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_passesR6_whenALaterRecordOfTheSameDrugStopsIt() {
        given(eligible()
                        .and(
                                medication("Minocycline", DrugClass.TETRACYCLINE, STARTED_ON, null),
                                medication("minocycline", DrugClass.TETRACYCLINE, STARTED_ON, ISSUED_ON.minusDays(7))))
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR6_whenOnlyOneOfTwoTetracyclinesWasStopped() {
        var rejected = given(eligible()
                        .and(
                                medication("minocycline", DrugClass.TETRACYCLINE, STARTED_ON, ISSUED_ON.minusDays(7)),
                                medication("doxycycline", DrugClass.TETRACYCLINE, STARTED_ON, null)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("doxycycline"));
    }

    @ParameterizedTest
    @EnumSource(
            value = DrugClass.class,
            names = {"TETRACYCLINE", "VITAMIN_A"},
            mode = EnumSource.Mode.EXCLUDE)
    void issuePrescription_passesR6_whenTheActiveDrugIsOfAnotherClass(DrugClass drugClass) {
        given(eligible().and(medication("other drug", drugClass, STARTED_ON, null)))
                .when(rx().command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR6_whenAVitaminASupplementIsInForce(Profile profile) {
        var rejected = given(eligible().and(medication("retinol 10000 IU", DrugClass.VITAMIN_A, STARTED_ON, null)))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("VITAMIN_A", "retinol"));
    }

    @Test
    void issuePrescription_isRejectedWithR6_whenATetracyclineStartsDuringTheSupplysDates() {
        // Recorded as started on the supply's last day: still during it.
        given(eligible().and(medication("doxycycline", DrugClass.TETRACYCLINE, ISSUED_ON.plusDays(29), null)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");
    }

    @Test
    void issuePrescription_passesR6_whenALaterRecordOfTheSameDrugStoppedIt_whateverOrderTheyCameIn() {
        var stop = medication("Minocycline", DrugClass.TETRACYCLINE, STARTED_ON.plusDays(3), ISSUED_ON.minusDays(1));
        var start = medication("minocycline", DrugClass.TETRACYCLINE, STARTED_ON, null);
        given(eligible().and(stop, start)).when(rx().command()).thenAccepted();
        given(eligible().and(start, stop)).when(rx().command()).thenAccepted();
    }
}
