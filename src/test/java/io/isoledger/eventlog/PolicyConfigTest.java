package io.isoledger.eventlog;

import static io.isoledger.config.ConfigTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Policy.BloodTestCadence;
import io.isoledger.domain.Policy.DispensingWindowFrom;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PolicyConfig}: the profile the settings name, each override applied, a wrong value refused by name. */
class PolicyConfigTest {

    @Test
    void noSettings_isTheJapaneseClinicsProfile() {
        assertThat(new PolicyConfig(tree(Map.of())).toPolicy()).isEqualTo(Policy.Profile.JP_CLINIC.policy());
    }

    @Test
    void theOverrides_replaceTheProfilesValues_choicesWrittenEitherWay() {
        Policy policy = new PolicyConfig(tree(Map.of(
                        "isoledger.policy.profile", "us-ipledge",
                        "isoledger.policy.max-days-supply", "60",
                        "isoledger.policy.blood-test-required-before", "every-prescription",
                        "isoledger.policy.dispensing-window-from", "ISSUE",
                        "isoledger.policy.contraception-methods-suffice", "any-one",
                        "isoledger.policy.max-daily-dose-mg-per-kg", "0.5")))
                .toPolicy();

        assertThat(policy.profile()).isEqualTo("us-ipledge");
        assertThat(policy.maxDaysSupply()).isEqualTo(60);
        assertThat(policy.bloodTestRequiredBefore()).isEqualTo(BloodTestCadence.EVERY_PRESCRIPTION);
        assertThat(policy.dispensingWindowFrom()).isEqualTo(DispensingWindowFrom.ISSUE);
        assertThat(policy.contraceptionMethodsSuffice()).isEqualTo(ContraceptionSufficiency.ANY_ONE);
        assertThat(policy.maxDailyDoseMgPerKg()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(policy.courseLapseDays())
                .isEqualTo(Policy.Profile.US_IPLEDGE.policy().courseLapseDays());
    }

    @Test
    void anUnknownProfileOrChoice_isRefused_namingTheSetting() {
        assertThatThrownBy(() -> new PolicyConfig(tree(Map.of("isoledger.policy.profile", "mars-colony"))))
                .hasMessageContaining("isoledger.policy.profile")
                .hasMessageContaining("mars-colony");
        assertThatThrownBy(() -> new PolicyConfig(tree(Map.of("isoledger.policy.dispensing-window-from", "full-moon"))))
                .hasMessageContaining("isoledger.policy.dispensing-window-from")
                .hasMessageContaining("full-moon");
    }
}
