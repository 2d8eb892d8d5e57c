package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R6 reads concomitant medications as intervals: a record with a stop ends every open record of the
 * same drug (its name, ignoring case) started on or before that stop, whichever was entered first.
 */
class MedicationIntervalsSpec {

    private static final LocalDate LONG_AGO = ISSUED_ON.minusDays(60);

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR6_whenAStopOfTheSameDrugInAnotherCaseEndsAnOpenRecord_inEitherOrder(Profile profile) {
        var open = tetracycline("Minocycline", LONG_AGO, null);
        var stop = tetracycline("MINOCYCLINE", LONG_AGO.plusDays(5), ISSUED_ON.minusDays(10));
        given(eligible().and(open, stop)).under(profile).when(rx().command()).thenAccepted();
        given(eligible().and(stop, open)).under(profile).when(rx().command()).thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR6_whenTheStopIsOfAnotherDrug() {
        given(eligible()
                        .and(
                                tetracycline("minocycline", LONG_AGO, null),
                                tetracycline("doxycycline", LONG_AGO, ISSUED_ON.minusDays(10))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");
    }

    @Test
    void issuePrescription_isRejectedWithR6_whenTheOnlyStopIsDatedBeforeTheOpenRecordStarted() {
        // Stopped on day -30, started again on day -20: the earlier stop cannot end the new use.
        given(eligible()
                        .and(
                                tetracycline("minocycline", ISSUED_ON.minusDays(20), null),
                                tetracycline("minocycline", LONG_AGO, ISSUED_ON.minusDays(30))))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");
    }

    @Test
    void issuePrescription_passesR6_whenAStopOnTheOpenRecordsStartDayEndsIt() {
        given(eligible()
                        .and(
                                tetracycline("minocycline", ISSUED_ON.minusDays(20), null),
                                tetracycline("minocycline", LONG_AGO, ISSUED_ON.minusDays(20))))
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR6_whenAVitaminAStartsOnTheSupplysLastDay() {
        var last = ISSUED_ON.plusDays(29);
        given(eligible().and(medication("retinol", DrugClass.VITAMIN_A, last, null)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");
        given(eligible().and(medication("retinol", DrugClass.VITAMIN_A, last.plusDays(1), null)))
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR6_onceForEachDrugInForce() {
        var rejected = given(eligible()
                        .and(
                                tetracycline("minocycline", LONG_AGO, null),
                                medication("retinol", DrugClass.VITAMIN_A, LONG_AGO, null)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R6");
        assertThat(rejected.violations()).hasSize(2);
    }

    private static ConcomitantMedicationRecorded tetracycline(String name, LocalDate startedOn, LocalDate stoppedOn) {
        return medication(name, DrugClass.TETRACYCLINE, startedOn, stoppedOn);
    }
}
