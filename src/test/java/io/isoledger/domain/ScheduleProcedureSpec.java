package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.ProcedureFixtures.DURING;
import static io.isoledger.domain.ProcedureFixtures.END;
import static io.isoledger.domain.ProcedureFixtures.ENDED;
import static io.isoledger.domain.ProcedureFixtures.IN_TREATMENT;
import static io.isoledger.domain.ProcedureFixtures.schedule;
import static io.isoledger.domain.ProcedureFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.event.ProcedureScheduled;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R12: laser, light, peeling and waxing conflict from the course's start until 180 days (every
 * profile) after its end; surgery and tooth extraction during treatment ({@link
 * ScheduleSurgerySpec}). A conflict is recorded, flagged and named, never rejected.
 */
class ScheduleProcedureSpec {

    @ParameterizedTest
    @EnumSource(
            value = ProcedureKind.class,
            names = {"LASER", "LIGHT", "PEELING", "WAXING"})
    void scheduleProcedure_flagsAnR12Conflict_whenACosmeticProcedureFallsDuringTreatment(ProcedureKind kind) {
        var scheduled =
                scheduled(given(IN_TREATMENT).when(schedule(kind, DURING)).thenAccepted());

        assertThat(scheduled.conflict()).isTrue();
        assertThat(scheduled.conflicts()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("R12");
            assertThat(v.message()).contains(kind.name(), END.plusDays(180).toString());
        });
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void scheduleProcedure_flagsAnR12Conflict_whenLaserFalls179DaysAfterTheEnd(Profile profile) {
        assertThat(scheduled(given(ENDED)
                                .under(profile)
                                .when(schedule(ProcedureKind.LASER, END.plusDays(179)))
                                .thenAccepted())
                        .conflict())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void scheduleProcedure_recordsNoR12Conflict_whenLaserFallsExactly180DaysAfterTheEnd(Profile profile) {
        LocalDate allowedFrom = END.plusDays(180);
        given(ENDED)
                .under(profile)
                .when(schedule(ProcedureKind.LASER, allowedFrom))
                .then(new ProcedureScheduled(PATIENT, "proc-1", ProcedureKind.LASER, allowedFrom, false, List.of()));
    }

    @ParameterizedTest
    @EnumSource(
            value = ProcedureKind.class,
            names = {"LASER", "LIGHT", "PEELING", "WAXING"})
    void scheduleProcedure_recordsNoR12Conflict_whenACosmeticProcedureFallsLaterThan180DaysAfterTheEnd(
            ProcedureKind kind) {
        assertThat(scheduled(given(ENDED)
                                .when(schedule(kind, END.plusDays(181)))
                                .thenAccepted())
                        .conflict())
                .isFalse();
    }

    @Test
    void scheduleProcedure_flagsAnR12Conflict_forWaxing180DaysAfterTheCurrentSupply_whileTreatmentGoesOn() {
        assertThat(scheduled(given(IN_TREATMENT)
                                .when(schedule(ProcedureKind.WAXING, END.plusDays(179)))
                                .thenAccepted())
                        .conflict())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(ProcedureKind.class)
    void scheduleProcedure_recordsNoR12Conflict_beforeAnyTreatment(ProcedureKind kind) {
        given(eligible())
                .when(schedule(kind, ISSUED_ON))
                .then(new ProcedureScheduled(PATIENT, "proc-1", kind, ISSUED_ON, false, List.of()));
    }

    @ParameterizedTest
    @EnumSource(ProcedureKind.class)
    void scheduleProcedure_recordsNoR12Conflict_beforeTheFirstSupplyStarts(ProcedureKind kind) {
        var startsLater = rx().startsOn(ISSUED_ON.plusDays(14)).issued();
        assertThat(scheduled(given(eligible().and(startsLater))
                                .when(schedule(kind, ISSUED_ON.plusDays(13)))
                                .thenAccepted())
                        .conflict())
                .isFalse();
    }

    @Test
    void scheduleProcedure_flagsAnR12Conflict_forLaserBetweenCourses_before180DaysAfterThePreviousEnd() {
        // The previous course ended 70 days before ISSUED_ON; the next one is prescribed to start in two weeks.
        var previousCourse = rx().id("rx-0").issuedOn(ISSUED_ON.minusDays(100)).issued();
        var nextCourse = rx().startsOn(ISSUED_ON.plusDays(14)).issued();
        var history = eligible().and(previousCourse, ended(previousCourse.endsOn()), nextCourse);

        assertThat(scheduled(given(history)
                                .when(schedule(ProcedureKind.LASER, ISSUED_ON.plusDays(7)))
                                .thenAccepted())
                        .conflict())
                .isTrue();
    }

    @Test
    void scheduleProcedure_isRejectedAsAlreadyExists_whenTheProcedureIdWasScheduledBefore() {
        var earlier = new ProcedureScheduled(PATIENT, "proc-1", ProcedureKind.LASER, ISSUED_ON, false, List.of());
        given(eligible().and(earlier))
                .when(schedule(ProcedureKind.WAXING, ISSUED_ON.plusDays(1)))
                .thenRejected(Rejection.ALREADY_EXISTS);
    }

    @Test
    void scheduleProcedure_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(schedule(ProcedureKind.LASER, ISSUED_ON)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }
}
