package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.CLINICIAN;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.alert;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.resolved;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.ResolveAlert;
import io.isoledger.domain.event.SafetyAlertResolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ResolveAlert: a clinician closes an open alert with a note, so R8 no longer blocks (never a silent lock-out). */
class ResolveAlertSpec {

    private static final String NOTE = "TG 620 on repeat fasting sample; dose kept, diet advised";

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void resolveAlert_resolvesAnOpenAlert_blockingOrNot(boolean blocking) {
        given(eligible().and(alert("AL-7", "R9", blocking)))
                .when(resolve("AL-7"))
                .then(new SafetyAlertResolved(PATIENT, "AL-7", CLINICIAN, NOTE, ISSUED_ON));
    }

    @Test
    void resolveAlert_resolvesOnlyTheNamedAlert_whenSeveralAreOpen() {
        given(eligible().and(alert("AL-7", "R9", true), alert("AL-8", "R10", true)))
                .when(resolve("AL-8"))
                .then(new SafetyAlertResolved(PATIENT, "AL-8", CLINICIAN, NOTE, ISSUED_ON));
    }

    @Test
    void resolveAlert_isRejectedAsNotFound_whenThePatientHasNoSuchAlert() {
        given(eligible().and(alert("AL-7", "R9", true))).when(resolve("AL-99")).thenRejected(Rejection.NOT_FOUND);
    }

    @Test
    void resolveAlert_isRejectedAsNotFound_whenThePatientHasNoAlertAtAll() {
        given(eligible()).when(resolve("AL-7")).thenRejected(Rejection.NOT_FOUND);
    }

    @Test
    void resolveAlert_isRejectedAsInvalidState_whenTheAlertIsAlreadyResolved() {
        given(eligible().and(alert("AL-7", "R9", true), resolved("AL-7")))
                .when(resolve("AL-7"))
                .thenRejected(Rejection.INVALID_STATE);
    }

    @Test
    void resolveAlert_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(resolve("AL-7")).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    private static ResolveAlert resolve(String alertId) {
        return new ResolveAlert(PATIENT, alertId, CLINICIAN, NOTE, ISSUED_ON);
    }
}
