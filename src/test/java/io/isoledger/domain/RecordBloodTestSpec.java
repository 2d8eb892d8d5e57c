package io.isoledger.domain;

import static io.isoledger.domain.BloodTestAlerts.alertsFor;
import static io.isoledger.domain.BloodTestAlerts.result;
import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.enrolled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.event.BloodTestRecorded;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R9: triglycerides above 500 mg/dL warn and above 800 mg/dL block (mmol/L x 88.57); for ALT and AST
 * see {@link RecordBloodTestTransaminaseSpec}. The patient is enrolled (event 1), so the test is event
 * 2 and its alerts are AL-3, AL-4, ...
 */
class RecordBloodTestSpec {

    private static final List<LabResult> RESULTS = List.of(
            LabResult.inStandardUnit(Analyte.ALT, new BigDecimal("21"), new BigDecimal("40")),
            LabResult.inStandardUnit(Analyte.TRIGLYCERIDES, new BigDecimal("110"), new BigDecimal("150")));

    @Test
    void recordBloodTest_recordsTheResults_withoutAnAlert_whenEveryValueIsNormal() {
        given(enrolled())
                .when(new RecordBloodTest(PATIENT, FRESH, true, RESULTS))
                .then(new BloodTestRecorded(PATIENT, FRESH, true, RESULTS));
    }

    @Test
    void recordBloodTest_isRejectedAsPatientNotFound_whenThePatientIsNotEnrolled() {
        given().when(new RecordBloodTest(PATIENT, FRESH, true, RESULTS)).thenRejected(Rejection.PATIENT_NOT_FOUND);
    }

    @ParameterizedTest
    @CsvSource({"500, mg/dL", "5.64, mmol/L", "120, mg/dL"})
    void recordBloodTest_raisesNoR9Alert_whenTriglyceridesAreAtMost500MgPerDl(String value, String unit) {
        assertThat(alertsFor(result(Analyte.TRIGLYCERIDES, value, unit, null))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"501, mg/dL", "800, mg/dL", "5.65, mmol/L", "9.03, mmol/L", "6, mmol/l"})
    void recordBloodTest_raisesANonBlockingR9Alert_whenTriglyceridesExceed500ButNot800MgPerDl(
            String value, String unit) {
        assertThat(alertsFor(result(Analyte.TRIGLYCERIDES, value, unit, null)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.rule()).isEqualTo("R9");
                    assertThat(alert.blocking()).isFalse();
                });
    }

    @ParameterizedTest
    @CsvSource({"801, mg/dL", "1200, mg/dL", "9.04, mmol/L"})
    void recordBloodTest_raisesABlockingR9Alert_whenTriglyceridesExceed800MgPerDl(String value, String unit) {
        assertThat(alertsFor(result(Analyte.TRIGLYCERIDES, value, unit, null)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.rule()).isEqualTo("R9");
                    assertThat(alert.blocking()).isTrue();
                });
    }

    @Test
    void recordBloodTest_convertsTriglyceridesInMmolPerL_at88point57MgPerDlEach() {
        assertThat(alertsFor(result(Analyte.TRIGLYCERIDES, "6", "mmol/L", null)))
                .singleElement()
                .satisfies(alert -> assertThat(alert.reason()).contains("531.42 mg/dL"));
    }

    @Test
    void recordBloodTest_raisesABlockingR9Alert_forTriglyceridesOf9GramsPerLitre_900MgPerDl() {
        assertThat(alertsFor(result(Analyte.TRIGLYCERIDES, "9", "g/L", null)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.blocking()).isTrue();
                    assertThat(alert.reason()).contains("9 g/L (900 mg/dL)");
                });
    }

    @Test
    void recordBloodTest_raisesOneAlertPerFinding_eachIdItsOwnEventSequence() {
        var results = List.of(
                result(Analyte.ALT, "200", "U/L", "40"),
                result(Analyte.TRIGLYCERIDES, "650", "mg/dL", null),
                result(Analyte.AST, "30", "U/L", "40"));

        var events = given(enrolled())
                .when(new RecordBloodTest(PATIENT, FRESH, false, results))
                .thenAccepted();

        assertThat(events).first().isEqualTo(new BloodTestRecorded(PATIENT, FRESH, false, results));
        assertThat(events.subList(1, events.size()))
                .map(SafetyAlertRaised.class::cast)
                .extracting(SafetyAlertRaised::alertId, SafetyAlertRaised::blocking, SafetyAlertRaised::raisedOn)
                .containsExactly(tuple("AL-3", true, FRESH), tuple("AL-4", false, FRESH));
    }
}
