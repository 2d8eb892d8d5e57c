package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.ProcedureFixtures.DURING;
import static io.isoledger.domain.ProcedureFixtures.END;
import static io.isoledger.domain.ProcedureFixtures.ENDED;
import static io.isoledger.domain.ProcedureFixtures.IN_TREATMENT;
import static io.isoledger.domain.ProcedureFixtures.schedule;
import static io.isoledger.domain.ProcedureFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.event.ProcedureScheduled;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R12: surgery and tooth extraction conflict during treatment, up to its last day; never rejected. */
class ScheduleSurgerySpec {

    @ParameterizedTest
    @EnumSource(
            value = ProcedureKind.class,
            names = {"SURGERY", "TOOTH_EXTRACTION"})
    void scheduleProcedure_flagsAnR12Conflict_whenSurgeryFallsDuringTreatment(ProcedureKind kind) {
        var scheduled =
                scheduled(given(IN_TREATMENT).when(schedule(kind, DURING)).thenAccepted());

        assertThat(scheduled.conflict()).isTrue();
        assertThat(scheduled.conflicts()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("R12");
            assertThat(v.message()).contains(kind.name(), END.toString());
        });
    }

    @ParameterizedTest
    @EnumSource(
            value = ProcedureKind.class,
            names = {"SURGERY", "TOOTH_EXTRACTION"})
    void scheduleProcedure_flagsAnR12Conflict_whenSurgeryFallsOnTheLastDayOfTreatment(ProcedureKind kind) {
        assertThat(scheduled(given(ENDED).when(schedule(kind, END)).thenAccepted())
                        .conflict())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ProcedureKind.class,
            names = {"SURGERY", "TOOTH_EXTRACTION"})
    void scheduleProcedure_recordsNoR12Conflict_whenSurgeryFallsAfterTheEnd(ProcedureKind kind) {
        LocalDate dayAfter = END.plusDays(1);
        given(ENDED)
                .when(schedule(kind, dayAfter))
                .then(new ProcedureScheduled(PATIENT, "proc-1", kind, dayAfter, false, List.of()));
    }
}
