package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.DeciderScenario.recorded;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.PregnancySignalsSpec.IN_TREATMENT;
import static io.isoledger.domain.PregnancySignalsSpec.LAST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordConcomitantMedication;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R19: a tetracycline or vitamin A supplement whose interval overlaps the course's treatment days
 * raises one blocking alert when it is recorded; a later record of the same drug (its stop) none.
 */
class InteractingDrugSignalSpec {

    private static final LocalDate DURING = ISSUED_ON.plusDays(10);

    @ParameterizedTest
    @EnumSource(
            value = DrugClass.class,
            names = {"TETRACYCLINE", "VITAMIN_A"})
    void recordConcomitantMedication_raisesABlockingR19Alert_whenStartedDuringTheCourse(DrugClass drugClass) {
        for (Profile profile : Profile.values()) {
            assertThat(given(IN_TREATMENT)
                            .under(profile)
                            .when(record("drug-x", drugClass, DURING, null))
                            .thenAlerts())
                    .singleElement()
                    .satisfies(a -> {
                        assertThat(a.rule()).isEqualTo("R19");
                        assertThat(a.blocking()).isTrue();
                        assertThat(a.alertId()).isEqualTo("AL-7");
                        assertThat(a.raisedOn()).isEqualTo(DURING);
                    });
        }
    }

    @Test
    void recordConcomitantMedication_raisesNoSecondR19Alert_whenTheSameDrugsStopIsRecorded_inAnyCase() {
        var started = recorded(IN_TREATMENT, Profile.JP_CLINIC, record("minocycline", DURING, null));
        assertThat(started.later()).hasSize(3); // the prescription, the record, its alert

        assertThat(given(started)
                        .when(record("MINOCYCLINE", DURING, DURING.plusDays(3)))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void recordConcomitantMedication_raisesAnotherR19Alert_forAnotherDrugOfTheSameClass() {
        var started = IN_TREATMENT.and(medication("minocycline", DrugClass.TETRACYCLINE, DURING, null));
        assertThat(given(started).when(record("doxycycline", DURING, null)).thenAlerts())
                .hasSize(1);
    }

    @Test
    void recordConcomitantMedication_raisesAnR19Alert_whenADrugStartedBeforeTheCourseIsStillTaken() {
        assertThat(given(IN_TREATMENT)
                        .when(record("minocycline", ISSUED_ON.minusDays(40), null))
                        .thenAlerts())
                .hasSize(1);
    }

    @Test
    void recordConcomitantMedication_raisesNoAlert_whenADrugWasStoppedTheDayBeforeTheCourseStarted() {
        assertThat(given(IN_TREATMENT)
                        .when(record("minocycline", ISSUED_ON.minusDays(40), ISSUED_ON.minusDays(1)))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void recordConcomitantMedication_raisesNoAlert_whenAnOpenRecordIsEndedBeforeTheCourseByAStopAlreadyRecorded() {
        var stopped = IN_TREATMENT.and(
                medication("minocycline", DrugClass.TETRACYCLINE, ISSUED_ON.minusDays(40), ISSUED_ON.minusDays(2)));
        assertThat(given(stopped)
                        .when(record("Minocycline", ISSUED_ON.minusDays(40), null))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void recordConcomitantMedication_raisesNoAlert_forADrugOfAnotherClass() {
        assertThat(given(IN_TREATMENT)
                        .when(record("prednisolone", DrugClass.CORTICOSTEROID, DURING, null))
                        .thenAlerts())
                .isEmpty();
    }

    @Test
    void recordConcomitantMedication_raisesNoAlert_whenStartedAfterTheCourseEnded_orBeforeAnyCourse() {
        var ended = IN_TREATMENT.and(ended(LAST_DAY));
        assertThat(given(ended)
                        .when(record("minocycline", LAST_DAY.plusDays(1), null))
                        .thenAlerts())
                .isEmpty();
        assertThat(given(eligible())
                        .when(record("minocycline", ISSUED_ON, null))
                        .thenAlerts())
                .isEmpty();
    }

    private static RecordConcomitantMedication record(String name, LocalDate startedOn, LocalDate stoppedOn) {
        return record(name, DrugClass.TETRACYCLINE, startedOn, stoppedOn);
    }

    private static RecordConcomitantMedication record(
            String name, DrugClass drugClass, LocalDate startedOn, LocalDate stoppedOn) {
        return new RecordConcomitantMedication(PATIENT, name, drugClass, startedOn, stoppedOn);
    }
}
