package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordBloodTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R9 judges ALT and AST against 3 x the lab's upper limit of normal, or where the lab gave none (or
 * a limit of 0) 3 x the policy's default, 40 U/L under every profile; the alert says which applied.
 */
class LabFindingsDefaultLimitSpec {

    @ParameterizedTest
    @CsvSource({"ALT, 121", "AST, 121", "ALT, 400"})
    void recordBloodTest_raisesABlockingR9Alert_sayingTheLabGaveNone_above3TimesThePolicysDefault(
            Analyte analyte, String value) {
        for (Profile profile : Profile.values()) {
            assertThat(given(eligible())
                            .under(profile)
                            .when(panel(analyte, value, null))
                            .thenAlerts())
                    .singleElement()
                    .satisfies(a -> {
                        assertThat(a.rule()).isEqualTo("R9");
                        assertThat(a.blocking()).isTrue();
                        assertThat(a.reason()).contains(analyte.name(), "the lab gave none", "40 U/L");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Analyte.class,
            names = {"ALT", "AST"})
    void recordBloodTest_raisesNoAlert_atExactly3TimesThePolicysDefault(Analyte analyte) {
        assertThat(given(eligible()).when(panel(analyte, "120", null)).thenAlerts())
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Analyte.class,
            names = {"ALT", "AST"})
    void recordBloodTest_usesThePolicysDefault_whenTheLabsLimitIsZero(Analyte analyte) {
        assertThat(given(eligible()).when(panel(analyte, "121", "0")).thenAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("the lab gave none"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Analyte.class,
            names = {"ALT", "AST"})
    void recordBloodTest_judgesByTheLabsOwnLimit_whenItGaveOne(Analyte analyte) {
        assertThat(given(eligible()).when(panel(analyte, "121", "50")).thenAlerts())
                .isEmpty();
        assertThat(given(eligible()).when(panel(analyte, "151", "50")).thenAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("the lab's upper limit of normal (50 U/L)"));
    }

    @ParameterizedTest
    @CsvSource({"105, true", "106, false"})
    void recordBloodTest_usesAnOverriddenDefaultLimit(String value, boolean clear) {
        Policy limit35 = Policies.with(Policy.jpClinic(), "defaultUpperLimitOfNormal", BigDecimal.valueOf(35));

        var alerts = given(eligible())
                .under(limit35)
                .when(panel(Analyte.ALT, value, null))
                .thenAlerts();

        assertThat(alerts).hasSize(clear ? 0 : 1);
        alerts.forEach(a -> assertThat(a.reason()).contains("35 U/L"));
    }

    private static RecordBloodTest panel(Analyte analyte, String value, String upperLimitOfNormal) {
        BigDecimal uln = upperLimitOfNormal == null ? null : new BigDecimal(upperLimitOfNormal);
        return new RecordBloodTest(
                PATIENT, FRESH, true, List.of(LabResult.inStandardUnit(analyte, new BigDecimal(value), uln)));
    }
}
