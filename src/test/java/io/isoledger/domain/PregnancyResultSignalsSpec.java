package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.PregnancyPreventionFixtures.negativePregnancyTest;
import static io.isoledger.domain.PregnancySignalsSpec.ACTION;
import static io.isoledger.domain.PregnancySignalsSpec.IN_TREATMENT;
import static io.isoledger.domain.PregnancySignalsSpec.LAST_DAY;
import static io.isoledger.domain.PregnancySignalsSpec.endedUnder;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy.Profile;
import io.isoledger.domain.command.RecordBloodTest;
import io.isoledger.domain.command.RecordPregnancyTest;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R18 and R4, positive results: a positive pregnancy test, or hCG of 5 mIU/mL or more in a blood
 * panel, standing on a day of the course or of the contraception period after it raises a blocking
 * R18 alert ("stop isotretinoin"); outside that window it raises R4's blocking alert instead.
 */
class PregnancyResultSignalsSpec {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void recordPregnancyTest_raisesABlockingR18Alert_whenAPositiveTestIsSampledDuringTheCourse(Profile profile) {
        assertThat(given(IN_TREATMENT)
                        .under(profile)
                        .when(positive(ISSUED_ON.plusDays(10)))
                        .thenAlerts())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("R18");
                    assertThat(a.blocking()).isTrue();
                    assertThat(a.reason()).contains(ACTION);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.0", "1200"})
    void recordBloodTest_raisesAnR18Alert_whenHcgOf5OrMoreIsSampledDuringTheCourse(String miuPerMl) {
        assertThat(given(IN_TREATMENT)
                        .when(hcg(ISSUED_ON.plusDays(10), miuPerMl))
                        .thenAlerts())
                .singleElement()
                .satisfies(a -> assertThat(a.rule()).isEqualTo("R18"));
    }

    @Test
    void recordBloodTest_raisesNoAlert_whenHcgIsBelow5DuringTheCourse() {
        assertThat(given(IN_TREATMENT).when(hcg(ISSUED_ON.plusDays(10), "4.9")).thenAlerts())
                .isEmpty();
    }

    @Test
    void recordBloodTest_raisesR9ThenR18_eachAlertIdItsOwnEventSequence_whenOnePanelHasHighAltAndHcg() {
        var panel = new RecordBloodTest(
                PATIENT,
                ISSUED_ON.plusDays(10),
                false,
                List.of(
                        LabResult.inStandardUnit(Analyte.ALT, new BigDecimal("200"), new BigDecimal("40")),
                        LabResult.inStandardUnit(Analyte.HCG, new BigDecimal("50"), null)));

        assertThat(given(IN_TREATMENT).when(panel).thenAlerts())
                .extracting(a -> a.alertId() + " " + a.rule())
                .containsExactly("AL-7 R9", "AL-8 R18");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void recordPregnancyTest_raisesABlockingR4Alert_whenAPositiveTestIsSampledBeforeAnyCourse(Profile profile) {
        assertThat(given(eligible()).under(profile).when(positive(ISSUED_ON)).thenAlerts())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("R4");
                    assertThat(a.blocking()).isTrue();
                });
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void recordPregnancyTest_raisesR18OnTheLastDayContraceptionIsRequired_andR4TheDayAfter(Profile profile) {
        LocalDate until = LAST_DAY.plusDays(profile.policy().contraceptionAfterEndDays());
        assertThat(given(endedUnder(profile))
                        .under(profile)
                        .when(positive(until))
                        .thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
        assertThat(given(endedUnder(profile))
                        .under(profile)
                        .when(positive(until.plusDays(1)))
                        .thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R4");
    }

    @Test
    void recordPregnancyTest_raisesR18_whenAPositiveSampledBeforeTheCourseAndNeverClearedIsEnteredLate() {
        assertThat(given(IN_TREATMENT).when(positive(FRESH.plusDays(2))).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R18");
    }

    @Test
    void recordPregnancyTest_raisesR4_whenAPositiveSampledBeforeTheCourseWasClearedBeforeIt() {
        var history = IN_TREATMENT.and(negativePregnancyTest(FRESH.plusDays(3)));
        assertThat(given(history).when(positive(FRESH.plusDays(2))).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R4");
    }

    @Test
    void recordPregnancyTest_raisesR4_whenAPositiveClearedBeforeTheCourseIsFollowedByAnotherNegativeDuringIt() {
        var history = IN_TREATMENT.and(
                negativePregnancyTest(FRESH.plusDays(3)), negativePregnancyTest(ISSUED_ON.plusDays(10)));
        assertThat(given(history).when(positive(FRESH.plusDays(2))).thenAlerts())
                .extracting(SafetyAlertRaised::rule)
                .containsExactly("R4");
    }

    private static RecordPregnancyTest positive(LocalDate sampledOn) {
        return new RecordPregnancyTest(PATIENT, sampledOn, PregnancyTestResult.POSITIVE, PregnancyTestMethod.URINE);
    }

    private static RecordBloodTest hcg(LocalDate sampledOn, String miuPerMl) {
        return new RecordBloodTest(
                PATIENT,
                sampledOn,
                false,
                List.of(LabResult.inStandardUnit(Analyte.HCG, new BigDecimal(miuPerMl), null)));
    }
}
