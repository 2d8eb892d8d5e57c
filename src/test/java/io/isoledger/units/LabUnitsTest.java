package io.isoledger.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.isoledger.domain.Analyte;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabUnitsTest {

    @Test
    void triglycerides_inGramsPerLitre_areConvertedToMgPerDl() {
        assertThat(LabUnits.toStandard(Analyte.TRIGLYCERIDES, new BigDecimal("9"), "g/L"))
                .isEqualByComparingTo("900");
    }

    @Test
    void triglycerides_inMmolPerLitre_areConvertedToMgPerDlThroughTrioleinsMolarMass() {
        BigDecimal standard = LabUnits.toStandard(Analyte.TRIGLYCERIDES, new BigDecimal("5.65"), "mmol/L");

        // 5.65 mmol/L x 885.7 g/mol = 5.004205 g/L
        assertThat(standard).isEqualByComparingTo("500.4205");
        assertThat(standard).isCloseTo(new BigDecimal("500.4"), within(new BigDecimal("0.05")));
    }

    @Test
    void totalCholesterol_inMmolPerLitre_isConvertedToMgPerDlThroughItsMolarMass() {
        assertThat(LabUnits.toStandard(Analyte.TOTAL_CHOLESTEROL, new BigDecimal("5"), "mmol/L"))
                .isCloseTo(new BigDecimal("193.3"), within(new BigDecimal("0.05")));
    }

    @Test
    void triglycerides_inMgPerDl_stayAsSent() {
        assertThat(LabUnits.toStandard(Analyte.TRIGLYCERIDES, new BigDecimal("150"), "mg/dL"))
                .isEqualByComparingTo("150");
    }

    @Test
    void convertedValues_readAsPlainNumbers() {
        assertThat(LabUnits.toStandard(Analyte.TRIGLYCERIDES, new BigDecimal("9"), "g/L")
                        .toPlainString())
                .isEqualTo("900");
        assertThat(LabUnits.toStandard(Analyte.ALT, new BigDecimal("0.67"), "ukat/L")
                        .toPlainString())
                .isEqualTo("40.2");
    }

    @Test
    void mgPerDl_withALowercaseLitre_isRecognisedAsMgPerDl() {
        assertThat(LabUnits.recognise(Analyte.TRIGLYCERIDES, "mg/dl")).contains("mg/dL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00B5kat/L", "\u03BCkat/L", "ukat/L", " \u00B5kat/L "})
    void alt_inMicrokatalsPerLitre_isConvertedToUnitsPerLitre(String unitAsSent) {
        assertThat(LabUnits.recognise(Analyte.ALT, unitAsSent)).contains("ukat/L");
        assertThat(LabUnits.convert(Analyte.ALT, BigDecimal.ONE, unitAsSent, null))
                .hasValueSatisfying(
                        converted -> assertThat(converted.standardValue()).isEqualByComparingTo("60"));
    }

    @Test
    void hcg_inInternationalUnitsPerLitre_isTheSameNumberInMilliUnitsPerMl() {
        assertThat(LabUnits.recognise(Analyte.HCG, "IU/L")).contains("[IU]/L");
        assertThat(LabUnits.convert(Analyte.HCG, new BigDecimal("12"), "IU/L", null))
                .hasValueSatisfying(
                        converted -> assertThat(converted.standardValue()).isEqualByComparingTo("12"));
    }

    @Test
    void hcg_inMilliInternationalUnitsPerMl_isRecognisedFromItsPrintForm() {
        assertThat(LabUnits.recognise(Analyte.HCG, "mIU/mL")).contains("m[IU]/mL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mg/mL", "ng/mL", "U/L", "mmol/mL", "mg/DL", "Mg/dL", "MG/DL"})
    void triglycerides_inAnUnacceptedUnit_areRefused(String unitAsSent) {
        assertThat(LabUnits.recognise(Analyte.TRIGLYCERIDES, unitAsSent)).isEmpty();
        assertThat(LabUnits.convert(Analyte.TRIGLYCERIDES, BigDecimal.TEN, unitAsSent, BigDecimal.ONE))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mmol/L", "kat/L", "u/l"})
    void alt_inAnUnacceptedUnit_isRefused(String unitAsSent) {
        assertThat(LabUnits.recognise(Analyte.ALT, unitAsSent)).isEmpty();
    }

    // ucum-java would convert the plain counts and the other arbitrary unit one-to-one into [IU]/L.
    @ParameterizedTest
    @ValueSource(strings = {"ng/mL", "mmol/L", "/L", "10*-3/mL", "[arb'U]/L", "[IU]2/L", "%"})
    void hcg_inAUnitThatIsNotInternationalUnits_isRefused(String unitAsSent) {
        assertThat(LabUnits.recognise(Analyte.HCG, unitAsSent)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "%%%", "mg/", "((", "[IU", "{", "mg per dL"})
    void missingOrGarbledUnits_areRefusedWithoutThrowing(String unitAsSent) {
        for (Analyte analyte : Analyte.values()) {
            assertThat(LabUnits.recognise(analyte, unitAsSent)).isEmpty();
            assertThat(LabUnits.convert(analyte, BigDecimal.ONE, unitAsSent, null))
                    .isEmpty();
        }
    }

    // ucum-java's arithmetic grows with exponents: converting Ym99 takes seconds, 10*999/L minutes.
    @ParameterizedTest
    @ValueSource(strings = {"Ym99", "10*999/L", "mg/dL.Ym9.Ym9.Ym9.Ym9.Ym9"})
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void unitsWithHugeExponents_areRefusedPromptly(String unitAsSent) {
        assertThat(LabUnits.recognise(Analyte.TRIGLYCERIDES, unitAsSent)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Analyte.class)
    void everyAnalytesStandardUnit_isAcceptedAndConvertsToItself(Analyte analyte) {
        assertThat(LabUnits.recognise(analyte, analyte.standardUnit())).contains(analyte.standardUnit());
        assertThat(LabUnits.toStandard(analyte, new BigDecimal("123.45"), analyte.standardUnit()))
                .isEqualByComparingTo("123.45");
    }

    @ParameterizedTest
    @EnumSource(Analyte.class)
    void everyAcceptedUnit_isRecognisedFromItsCodeAndItsPrintForm_andConverts(Analyte analyte) {
        for (String accepted : analyte.acceptedUnits()) {
            assertThat(LabUnits.recognise(analyte, accepted)).as(accepted).contains(accepted);
            assertThat(LabUnits.recognise(analyte, UcumCodes.toPrintForm(accepted)))
                    .as(UcumCodes.toPrintForm(accepted))
                    .contains(accepted);
            assertThat(LabUnits.toStandard(analyte, BigDecimal.ONE, accepted))
                    .as(accepted)
                    .isPositive();
        }
    }

    @Test
    void describeAccepted_namesThePrintFormAndTheUcumCodeWhereTheyDiffer() {
        assertThat(LabUnits.describeAccepted(Analyte.TRIGLYCERIDES)).isEqualTo("mg/dL, mmol/L, g/L");
        assertThat(LabUnits.describeAccepted(Analyte.HCG)).isEqualTo("mIU/mL (m[IU]/mL), IU/L ([IU]/L)");
        assertThat(LabUnits.describeAccepted(Analyte.ALT)).isEqualTo("U/L, \u00B5kat/L (ukat/L)");
    }

    @Test
    void upperLimitOfNormal_isConvertedInTheSameUnitAsTheValue() {
        assertThat(LabUnits.convert(Analyte.ALT, BigDecimal.ONE, "\u00B5kat/L", new BigDecimal("0.67")))
                .hasValueSatisfying(converted -> {
                    assertThat(converted.standardValue()).isEqualByComparingTo("60");
                    assertThat(converted.standardUpperLimitOfNormal()).isEqualByComparingTo("40.2");
                });
    }

    @Test
    void missingUpperLimitOfNormal_staysMissing() {
        assertThat(LabUnits.convert(Analyte.TRIGLYCERIDES, new BigDecimal("9"), "g/L", null))
                .hasValueSatisfying(converted -> {
                    assertThat(converted.standardValue()).isEqualByComparingTo("900");
                    assertThat(converted.standardUpperLimitOfNormal()).isNull();
                });
    }

    @Test
    void toStandard_refusesAUnitTheAnalyteDoesNotAccept() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LabUnits.toStandard(Analyte.ALT, BigDecimal.ONE, "mg/dL"));
    }
}
