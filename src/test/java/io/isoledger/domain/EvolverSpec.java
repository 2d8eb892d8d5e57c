package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.ENROLLED_ON;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.WEIGHT_KG;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.medication;
import static io.isoledger.domain.Fixtures.resolved;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.Fixtures.weight;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.PatientState.Alert;
import io.isoledger.domain.event.SideEffectReported;
import io.isoledger.domain.labs.BloodTests;
import io.isoledger.domain.prescribing.Supply;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvolverSpec {

    private static final PatientState INITIAL = PatientState.initial(PATIENT);

    @Test
    void initial_isVersion0AndNotEnrolled() {
        assertThat(INITIAL.version()).isZero();
        assertThat(INITIAL.enrolled()).isFalse();
        assertThat(INITIAL.bloodTests().tests()).isEmpty();
        assertThat(INITIAL.course().supplies()).isEmpty();
    }

    @Test
    void evolve_advancesTheVersionByOne_perEvent() {
        PatientState v1 = Evolver.evolve(INITIAL, enrolled());
        PatientState v2 = Evolver.evolve(v1, bloodTest(FRESH));
        PatientState v3 = Evolver.evolve(v2, rx().issued());

        assertThat(List.of(v1.version(), v2.version(), v3.version())).containsExactly(1L, 2L, 3L);
    }

    @Test
    void evolveAll_foldsEveryEventIntoTheState() {
        PatientState state = Evolver.evolveAll(INITIAL, List.of(enrolled(), bloodTest(FRESH), rx().issued()));

        assertThat(state.version()).isEqualTo(3);
        assertThat(state.enrolled()).isTrue();
        assertThat(state.sex()).isEqualTo(Sex.FEMALE);
        assertThat(state.enrolledOn()).isEqualTo(ENROLLED_ON);
        assertThat(state.weightOn(ISSUED_ON)).isEqualByComparingTo(WEIGHT_KG);
        assertThat(state.canBecomePregnantOn(ISSUED_ON)).isTrue();
        assertThat(state.bloodTests().tests())
                .containsExactly(new BloodTests.Sampled(FRESH, Set.of(Analyte.ALT, Analyte.TRIGLYCERIDES)));
        assertThat(state.course().supplies())
                .containsExactly(new Supply(
                        "rx-1",
                        ISSUED_ON,
                        ISSUED_ON,
                        LocalDate.of(2026, 12, 24),
                        30,
                        40,
                        1200,
                        60,
                        null,
                        Supply.Status.DISPENSED));
        assertThat(state.hasPrescription("rx-1")).isTrue();
        assertThat(state.hasPrescription("rx-2")).isFalse();
    }

    @Test
    void evolve_keepsTheLastPrescriptionLast() {
        PatientState state = Evolver.evolveAll(
                INITIAL,
                List.of(
                        enrolled(),
                        rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(30)).issued(),
                        rx().issued()));

        assertThat(state.course().lastIssued()).map(Supply::prescriptionId).contains("rx-1");
    }

    @Test
    void evolve_onlyAdvancesTheVersion_whenASideEffectIsReported() {
        PatientState before = Evolver.evolveAll(INITIAL, List.of(enrolled(), bloodTest(FRESH)));
        PatientState after = Evolver.evolve(
                before,
                new SideEffectReported(PATIENT, SideEffectTerm.DRY_SKIN, 1, FRESH, Reporter.PATIENT, null, false));

        assertThat(after.version()).isEqualTo(3);
        assertThat(after.with(s -> s.version = before.version())).isEqualTo(before);
    }

    @Test
    void evolveAll_returnsTheStateUnchanged_whenThereAreNoEvents() {
        assertThat(Evolver.evolveAll(INITIAL, List.of())).isEqualTo(INITIAL);
    }

    @Test
    void evolve_startsTheCourseOnTheFirstSupplysStart_andANewOneAfterTreatmentEnded() {
        var first = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(100)).issued();
        PatientState inTreatment = Evolver.evolveAll(
                INITIAL, List.of(enrolled(), first, rx().id("rx-a").issued()));
        PatientState afterEnd = Evolver.evolve(inTreatment, ended(ISSUED_ON.minusDays(40)));
        PatientState restarted =
                Evolver.evolve(afterEnd, rx().issuedOn(ISSUED_ON.plusDays(10)).issued());

        assertThat(inTreatment.courseStartedOn()).isEqualTo(first.startsOn());
        assertThat(inTreatment.status()).isEqualTo(TreatmentStatus.IN_TREATMENT);
        assertThat(afterEnd.status()).isEqualTo(TreatmentStatus.ENDED);
        assertThat(afterEnd.course().endedOn()).isEqualTo(ISSUED_ON.minusDays(40));
        assertThat(restarted.courseStartedOn()).isEqualTo(ISSUED_ON.plusDays(10));
        assertThat(restarted.course().endedOn()).isNull();
        assertThat(restarted.course().supplies()).hasSize(1);
        assertThat(restarted.endRestrictions().cosmeticProceduresAllowedFrom())
                .isEqualTo(ISSUED_ON.minusDays(40).plusDays(180));
        assertThat(restarted.status()).isEqualTo(TreatmentStatus.IN_TREATMENT);
    }

    @Test
    void evolve_endsAMedicationWithALaterRecordOfTheSameDrug_matchingItsNameIgnoringCase() {
        PatientState state = Evolver.evolveAll(
                INITIAL,
                List.of(
                        enrolled(),
                        medication("Minocycline", DrugClass.TETRACYCLINE, FRESH, null),
                        medication("minocycline", DrugClass.TETRACYCLINE, FRESH, ISSUED_ON)));

        assertThat(state.medications().intervals())
                .allSatisfy(i -> assertThat(i.to()).contains(ISSUED_ON))
                .hasSize(2);
    }

    @Test
    void evolve_closesOnlyTheResolvedAlert() {
        PatientState state = Evolver.evolveAll(
                INITIAL, List.of(enrolled(), alert("AL-2", "R9", true), alert("AL-3", "R10", true), resolved("AL-2")));

        assertThat(state.alerts())
                .containsExactly(new Alert("AL-2", "R9", true, false), new Alert("AL-3", "R10", true, true));
        assertThat(state.openBlockingAlerts()).extracting(Alert::alertId).containsExactly("AL-3");
    }

    @Test
    void evolve_takesTheWeightOfTheLatestMeasurement_byTheDayItWasMeasured() {
        PatientState state =
                Evolver.evolveAll(INITIAL, List.of(enrolled(), weight("57.5", ISSUED_ON), weight("61", FRESH)));

        assertThat(state.weightOn(ISSUED_ON)).isEqualByComparingTo("57.5");
        assertThat(state.weightOn(FRESH)).isEqualByComparingTo("61");
        assertThat(state.weightOn(ENROLLED_ON)).isEqualByComparingTo(WEIGHT_KG);
    }
}
