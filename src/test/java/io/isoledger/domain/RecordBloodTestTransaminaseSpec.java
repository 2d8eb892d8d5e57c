package io.isoledger.domain;

import static io.isoledger.domain.BloodTestAlerts.alertsFor;
import static io.isoledger.domain.BloodTestAlerts.result;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R9: ALT or AST above three times the lab's upper limit of normal block; where the lab gives none,
 * the policy's default limit counts. Triglycerides are in {@link RecordBloodTestSpec}.
 */
class RecordBloodTestTransaminaseSpec {

    @ParameterizedTest
    @EnumSource(
            value = Analyte.class,
            names = {"ALT", "AST"})
    void recordBloodTest_raisesABlockingR9Alert_whenATransaminaseExceeds3TimesTheUpperLimitOfNormal(Analyte analyte) {
        assertThat(alertsFor(result(analyte, "121", "U/L", "40")))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.rule()).isEqualTo("R9");
                    assertThat(alert.blocking()).isTrue();
                    assertThat(alert.reason()).contains(analyte.name(), "121");
                });
    }

    @ParameterizedTest
    @EnumSource(
            value = Analyte.class,
            names = {"ALT", "AST"})
    void recordBloodTest_raisesNoR9Alert_whenATransaminaseIsExactly3TimesTheUpperLimitOfNormal(Analyte analyte) {
        assertThat(alertsFor(result(analyte, "120", "U/L", "40"))).isEmpty();
    }

    @Test
    void recordBloodTest_raisesABlockingR9Alert_againstThePolicysDefaultLimit_whenTheLabGaveNone() {
        assertThat(alertsFor(result(Analyte.ALT, "1000", "U/L", null)))
                .singleElement()
                .satisfies(alert -> {
                    assertThat(alert.rule()).isEqualTo("R9");
                    assertThat(alert.blocking()).isTrue();
                    assertThat(alert.reason()).contains("the lab gave none", "default of 40 U/L");
                });
    }

    @ParameterizedTest
    @EnumSource(
            value = Analyte.class,
            names = {"ALT", "AST"})
    void recordBloodTest_raisesNoR9Alert_whenATransaminaseWithoutALimitIsAt3TimesThePolicysDefault(Analyte analyte) {
        assertThat(alertsFor(result(analyte, "120", "U/L", null))).isEmpty();
    }

    @Test
    void recordBloodTest_raisesABlockingR9Alert_forAltInMicrokatalPerLitre_convertedToUnitsPerLitre() {
        // 2.1 µkat/L is 126 U/L: over 3 x 40.
        assertThat(alertsFor(result(Analyte.ALT, "2.1", "µkat/L", null)))
                .singleElement()
                .satisfies(alert -> assertThat(alert.reason()).contains("2.1 µkat/L (126 U/L)"));
    }
}
