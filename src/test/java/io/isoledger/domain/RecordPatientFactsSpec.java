package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.enrolled;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.ConfirmContraception;
import io.isoledger.domain.command.DeclareReproductiveStatus;
import io.isoledger.domain.command.RecordConcomitantMedication;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.domain.event.ConcomitantMedicationRecorded;
import io.isoledger.domain.event.ContraceptionConfirmed;
import io.isoledger.domain.event.ReproductiveStatusDeclared;
import io.isoledger.domain.event.WeightRecorded;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facts the prescription rules read (R3, R5, R6, R7) are recorded as they are told: the rules
 * judge them when a prescription is issued, not when they are recorded.
 */
class RecordPatientFactsSpec {

    @Test
    void declareReproductiveStatus_recordsTheStatus_evenOneThatExcludesTreatment() {
        given(enrolled())
                .when(new DeclareReproductiveStatus(PATIENT, ReproductiveStatus.PREGNANT, FRESH))
                .then(new ReproductiveStatusDeclared(PATIENT, ReproductiveStatus.PREGNANT, FRESH));
    }

    @Test
    void confirmContraception_recordsTheMethodsAndTheirStart() {
        var methods = Set.of(ContraceptionMethod.IUD, ContraceptionMethod.CONDOM);
        given(enrolled())
                .when(new ConfirmContraception(PATIENT, methods, FRESH, ISSUED_ON))
                .then(new ContraceptionConfirmed(PATIENT, methods, FRESH, ISSUED_ON));
    }

    @Test
    void recordConcomitantMedication_recordsATetracycline_withoutRejectingIt() {
        given(enrolled())
                .when(new RecordConcomitantMedication(PATIENT, "doxycycline", DrugClass.TETRACYCLINE, FRESH, null))
                .then(new ConcomitantMedicationRecorded(PATIENT, "doxycycline", DrugClass.TETRACYCLINE, FRESH, null));
    }

    @Test
    void recordWeight_recordsTheWeight() {
        given(enrolled())
                .when(new RecordWeight(PATIENT, new BigDecimal("61.2"), ISSUED_ON))
                .then(new WeightRecorded(PATIENT, new BigDecimal("61.2"), ISSUED_ON));
    }

    @Test
    void recordWeight_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(new RecordWeight(PATIENT, new BigDecimal("61.2"), ISSUED_ON))
                .thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    @Test
    void confirmContraception_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(new ConfirmContraception(PATIENT, Set.of(ContraceptionMethod.IUD), FRESH, FRESH))
                .thenRejected(Rejection.PATIENT_NOT_FOUND);
    }
}
