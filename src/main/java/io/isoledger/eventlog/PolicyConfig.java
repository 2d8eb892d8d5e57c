package io.isoledger.eventlog;

import io.isoledger.config.ClinicalPolicyConfig;
import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Policy.BloodTestCadence;
import io.isoledger.domain.Policy.ContraceptionScope;
import io.isoledger.domain.Policy.DispensingWindowFrom;
import io.quarkus.runtime.Startup;
import io.smallrye.config.Converters;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;

/**
 * The clinical policy this deployment runs under: {@code isoledger.policy.*} of the configuration
 * tree ({@link ClinicalPolicyConfig}) applied to its profile, once, at start-up, so an unknown
 * profile or choice stops the start with the setting's name. The decider ({@link io.isoledger.decider.DeciderTopology})
 * and the read models ask it for the {@link Policy}.
 */
@Startup
@Singleton
public class PolicyConfig {

    private static final String PREFIX = "isoledger.policy.";

    private final Policy policy;

    @Inject
    PolicyConfig(IsoLedgerConfig config) {
        this.policy = applied(config.policy());
    }

    /** The profile's values with every override applied. */
    public Policy toPolicy() {
        return policy;
    }

    static Policy applied(ClinicalPolicyConfig c) {
        Policy base = profile(c.profile()).policy();
        return new Policy(
                base.profile(),
                c.maxDaysSupply().orElse(base.maxDaysSupply()),
                choice(c.bloodTestRequiredBefore(), "blood-test-required-before", BloodTestCadence.class)
                        .orElse(base.bloodTestRequiredBefore()),
                c.bloodTestMaxAgeDays().orElse(base.bloodTestMaxAgeDays()),
                c.pregnancyTestMaxAgeDays().orElse(base.pregnancyTestMaxAgeDays()),
                c.contraceptionLeadDays().orElse(base.contraceptionLeadDays()),
                c.contraceptionAfterEndDays().orElse(base.contraceptionAfterEndDays()),
                choice(c.contraceptionRequiredOf(), "contraception-required-of", ContraceptionScope.class)
                        .orElse(base.contraceptionRequiredOf()),
                c.bloodDonationAfterEndDays().orElse(base.bloodDonationAfterEndDays()),
                c.cosmeticProceduresAfterEndDays().orElse(base.cosmeticProceduresAfterEndDays()),
                c.maxDailyDoseMgPerKg().orElse(base.maxDailyDoseMgPerKg()),
                c.startWindowDays().orElse(base.startWindowDays()),
                c.contraceptionReconfirmDays().orElse(base.contraceptionReconfirmDays()),
                choice(c.contraceptionMethodsSuffice(), "contraception-methods-suffice", ContraceptionSufficiency.class)
                        .orElse(base.contraceptionMethodsSuffice()),
                c.courseLapseDays().orElse(base.courseLapseDays()),
                c.defaultUpperLimitOfNormal().orElse(base.defaultUpperLimitOfNormal()),
                c.dispensingWindowDays().orElse(base.dispensingWindowDays()),
                choice(c.dispensingWindowFrom(), "dispensing-window-from", DispensingWindowFrom.class)
                        .orElse(base.dispensingWindowFrom()),
                c.dispensingWindowDaysWithoutPregnancyTest().orElse(base.dispensingWindowDaysWithoutPregnancyTest()),
                c.followUpPregnancyTestDaysAfterEnd().orElse(base.followUpPregnancyTestDaysAfterEnd()));
    }

    private static Policy.Profile profile(String id) {
        try {
            return Policy.Profile.byId(id);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(PREFIX + "profile: " + unknown.getMessage(), unknown);
        }
    }

    /** The constant the setting names, read as the configuration reads enums. */
    private static <E extends Enum<E>> Optional<E> choice(Optional<String> value, String setting, Class<E> type) {
        try {
            return value.map(v -> Converters.<E>getImplicitConverter(type).convert(v));
        } catch (RuntimeException unknown) {
            throw new IllegalArgumentException(
                    PREFIX + setting + ": '" + value.orElseThrow() + "' is none of "
                            + Arrays.toString(type.getEnumConstants()),
                    unknown);
        }
    }
}
