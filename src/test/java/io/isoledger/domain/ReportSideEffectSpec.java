package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.enrolled;

import io.isoledger.domain.Command.ReportSideEffect;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Event.SideEffectReported;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportSideEffectSpec {

    private static final LocalDate ONSET = ISSUED_ON.plusDays(10);

    @Test
    void reportSideEffect_recordsTheReport_whenThePatientIsEnrolled() {
        String notes = "lip balm helps";
        given(enrolled())
                .when(new ReportSideEffect(PATIENT, SideEffectTerm.DRY_LIPS, 1, ONSET, Reporter.PATIENT, notes))
                .then(new SideEffectReported(PATIENT, SideEffectTerm.DRY_LIPS, 1, ONSET, Reporter.PATIENT, notes, false));
    }

    @Test
    void reportSideEffect_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(new ReportSideEffect(PATIENT, SideEffectTerm.HEADACHE, 2, ONSET, Reporter.NURSE, null))
                .thenRejected(Rejection.PATIENT_NOT_FOUND);
    }
}
