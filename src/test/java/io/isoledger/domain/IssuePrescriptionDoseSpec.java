package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.Fixtures.weight;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R7: 10 mg or 20 mg capsules; daily dose at most the policy's mg/kg of the last recorded weight.
 * The patient enrols at 58.5 kg, so the default 1 mg/kg/day allows 58.5 mg. Every profile uses 1 mg/kg.
 */
class IssuePrescriptionDoseSpec {

    @ParameterizedTest
    @ValueSource(ints = {10, 20})
    void issuePrescription_passesR7_whenCapsulesAre10Or20Mg(int strengthMg) {
        given(eligible()).when(rx().strength(strengthMg).command()).thenAccepted();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 15, 30, 40})
    void issuePrescription_isRejectedWithR7_whenTheCapsuleStrengthDoesNotExist(int strengthMg) {
        var rejected = given(eligible())
                .when(rx().strength(strengthMg).capsulesPerDay(1).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains(strengthMg + " mg"));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR7_whenDailyDoseIs40MgAt58point5Kg(Profile profile) {
        given(eligible())
                .under(profile)
                .when(rx().strength(20).capsulesPerDay(2).command())
                .thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR7_whenDailyDoseExceeds1MgPerKg(Profile profile) {
        var rejected = given(eligible())
                .under(profile)
                .when(rx().strength(20).capsulesPerDay(3).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("60 mg", "58.5 kg"));
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenTheRecordedWeightHasFallenBelowTheDailyDose() {
        var rejected = given(eligible().and(weight("38", FRESH)))
                .when(rx().strength(20).capsulesPerDay(2).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("38 kg"));
    }

    @Test
    void issuePrescription_passesR7_whenTheRecordedWeightHasRisenAboveTheDailyDose() {
        given(eligible().and(weight("61", FRESH)))
                .when(rx().strength(20).capsulesPerDay(3).command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenTheLastWeightRecordedIsLowerThanAnEarlierOne() {
        given(eligible().and(weight("61", FRESH.minusDays(20)), weight("38", FRESH)))
                .when(rx().strength(20).capsulesPerDay(2).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenDailyDoseExceedsAnOverriddenHalfMgPerKg() {
        given(eligible())
                .under(withMaxDailyDoseMgPerKg(new BigDecimal("0.5")))
                .when(rx().strength(20).capsulesPerDay(2).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @Test
    void issuePrescription_passesR7_whenDailyDoseIsWithinAnOverriddenHalfMgPerKg() {
        given(eligible())
                .under(withMaxDailyDoseMgPerKg(new BigDecimal("0.5")))
                .when(rx().strength(10).capsulesPerDay(2).command())
                .thenAccepted();
    }

    /** jp-clinic with one value overridden, as the {@code isoledger.policy.*} settings allow. */
    private static Policy withMaxDailyDoseMgPerKg(BigDecimal mgPerKg) {
        return Policies.with(Policy.jpClinic(), "maxDailyDoseMgPerKg", mgPerKg);
    }
}
