package io.isoledger.domain;

import static io.isoledger.domain.DeciderScenario.given;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Policy.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** R1: days of supply within the policy maximum (jp-clinic 90; us-ipledge and eu-ppp 30). */
class IssuePrescriptionSupplyLimitSpec {

    @Test
    void issuePrescription_passesR1_whenSupplyIs90Days_underJpClinic() {
        given(eligible())
                .under(Profile.JP_CLINIC)
                .when(rx().daysSupply(90).command())
                .thenAccepted();
    }

    @Test
    void issuePrescription_isRejectedWithR1_whenSupplyExceeds90Days_underJpClinic() {
        var rejected = given(eligible())
                .under(Profile.JP_CLINIC)
                .when(rx().daysSupply(91).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R1");

        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .contains("91", "90", "jp-clinic"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_passesR1_whenSupplyIs30Days_underUsIpledgeAndEuPpp(Profile profile) {
        given(eligible()).under(profile).when(rx().daysSupply(30).command()).thenAccepted();
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_isRejectedWithR1_whenSupplyExceeds30Days_underUsIpledgeAndEuPpp(Profile profile) {
        given(eligible())
                .under(profile)
                .when(rx().daysSupply(31).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R1");
    }

    @ParameterizedTest
    @EnumSource(
            value = Profile.class,
            names = {"US_IPLEDGE", "EU_PPP"})
    void issuePrescription_isRejectedWithR1_whenJpClinicsThreeMonthSupplyIsAsked_underUsIpledgeAndEuPpp(
            Profile profile) {
        given(eligible())
                .under(profile)
                .when(rx().daysSupply(90).command())
                .thenRejected(Rejection.RULE_VIOLATION, "R1");
    }
}
