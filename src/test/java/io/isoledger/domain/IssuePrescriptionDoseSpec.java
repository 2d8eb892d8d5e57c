package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.FRESH;
import static io.isoledger.domain.Fixtures.bloodTest;
import static io.isoledger.domain.Fixtures.enrolled;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R7: 10 mg or 20 mg capsules; daily dose at most the policy's mg/kg of the recorded weight. The
 * patient weighs 58.5 kg, so the default 1 mg/kg/day allows 58.5 mg. Every profile uses 1 mg/kg.
 */
class IssuePrescriptionDoseSpec {

    @ParameterizedTest
    @ValueSource(ints = {10, 20})
    void issuePrescription_passesR7_whenCapsulesAre10Or20Mg(int strengthMg) {
        given(enrolled(), bloodTest(FRESH)).when(rx().strength(strengthMg).command()).thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenCapsuleStrengthIs15Mg() {
        var rejected = given(enrolled(), bloodTest(FRESH))
                .when(rx().strength(15).capsulesPerDay(2).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("15 mg"));
    }

    @Test
    void issuePrescription_passesR7_whenDailyDoseIs40MgAt58point5Kg() {
        given(enrolled(), bloodTest(FRESH)).when(rx().strength(20).capsulesPerDay(2).command()).thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenDailyDoseExceeds1MgPerKg() {
        var rejected = given(enrolled(), bloodTest(FRESH))
                .when(rx().strength(20).capsulesPerDay(3).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("60 mg", "58.5 kg"));
    }

    @Test
    void issuePrescription_isRejectedWithR7_whenDailyDoseExceedsAnOverriddenHalfMgPerKg() {
        given(enrolled(), bloodTest(FRESH))
                .under(withMaxDailyDoseMgPerKg(new BigDecimal("0.5")))
                .when(rx().strength(20).capsulesPerDay(2).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R7");
    }

    @Test
    void issuePrescription_passesR7_whenDailyDoseIsWithinAnOverriddenHalfMgPerKg() {
        given(enrolled(), bloodTest(FRESH))
                .under(withMaxDailyDoseMgPerKg(new BigDecimal("0.5")))
                .when(rx().strength(10).capsulesPerDay(2).command())
                .thenAccepted();
    }

    /** jp-clinic with one value overridden, as the {@code isoledger.policy.*} settings allow. */
    private static Policy withMaxDailyDoseMgPerKg(BigDecimal mgPerKg) {
        Policy p = Policy.jpClinic();
        return new Policy(
                p.profile(),
                p.maxDaysSupply(),
                p.bloodTestRequiredBefore(),
                p.bloodTestMaxAgeDays(),
                p.pregnancyTestMaxAgeDays(),
                p.contraceptionLeadDays(),
                p.contraceptionAfterEndDays(),
                p.contraceptionRequiredOf(),
                p.bloodDonationAfterEndDays(),
                p.cosmeticProceduresAfterEndDays(),
                mgPerKg);
    }
}
