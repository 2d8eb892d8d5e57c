package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.enrolled;

import io.isoledger.domain.Command.RecordBloodTest;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Event.BloodTestRecorded;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordBloodTestSpec {

    private static final List<LabResult> RESULTS = List.of(
            new LabResult(Analyte.ALT, new BigDecimal("21"), "U/L", new BigDecimal("40")),
            new LabResult(Analyte.TRIGLYCERIDES, new BigDecimal("110"), "mg/dL", new BigDecimal("150")));

    @Test
    void recordBloodTest_recordsTheResults_whenThePatientIsEnrolled() {
        given(enrolled())
                .when(new RecordBloodTest(PATIENT, FRESH, true, RESULTS))
                .then(new BloodTestRecorded(PATIENT, FRESH, true, RESULTS));
    }

    @Test
    void recordBloodTest_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(new RecordBloodTest(PATIENT, FRESH, true, RESULTS)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }
}
