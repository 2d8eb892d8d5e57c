package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static io.isoledger.domain.PregnancyPreventionFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R3: no prescription while the last declared status is pregnant, breastfeeding or trying to conceive. */
class IssuePrescriptionReproductiveStatusSpec {

    @ParameterizedTest
    @EnumSource(
            value = ReproductiveStatus.class,
            names = {"PREGNANT", "BREASTFEEDING", "TRYING_TO_CONCEIVE"})
    void issuePrescription_isRejectedWithR3_whenTheDeclaredStatusExcludesTreatment(ReproductiveStatus status) {
        var rejected = given(eligible().and(declared(status)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R3");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains(status.name()));
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_isRejectedWithR3_whenPregnancyIsDeclared_underEveryProfile(Profile profile) {
        given(eligible().and(declared(ReproductiveStatus.PREGNANT)))
                .under(profile)
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R3");
    }

    @Test
    void issuePrescription_isRejectedWithR3_evenForAPatientWhoCannotBecomePregnant_whenBreastfeedingIsDeclared() {
        given(eligible().whoCannotBecomePregnant().and(declared(ReproductiveStatus.BREASTFEEDING)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R3");
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void issuePrescription_passesR3_whenTheDeclaredStatusIsNone(Profile profile) {
        given(eligible().and(declared(ReproductiveStatus.NONE)))
                .under(profile)
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_passesR3_whenNoStatusWasEverDeclared() {
        given(eligible()).when(rx().command()).thenAccepted();
    }

    @Test
    void issuePrescription_passesR3_whenTheLastDeclarationIsNone_afterAnEarlierPregnancy() {
        given(eligible().and(declared(ReproductiveStatus.PREGNANT), declared(ReproductiveStatus.NONE)))
                .when(rx().command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR3_whenTheLastDeclarationIsTryingToConceive_afterAnEarlierNone() {
        given(eligible().and(declared(ReproductiveStatus.NONE), declared(ReproductiveStatus.TRYING_TO_CONCEIVE)))
                .when(rx().command())
                .thenRejected(Rejection.RULE_VIOLATION, "R3");
    }
}
