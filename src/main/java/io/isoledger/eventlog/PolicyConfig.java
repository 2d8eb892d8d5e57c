package io.isoledger.eventlog;

import io.isoledger.domain.ContraceptionSufficiency;
import io.isoledger.domain.Policy;
import io.isoledger.domain.Policy.BloodTestCadence;
import io.isoledger.domain.Policy.ContraceptionScope;
import io.isoledger.domain.Policy.DispensingWindowFrom;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * {@code isoledger.policy.*}: the active profile of the rule catalogue, and an override for each of its values.
 */
@ConfigMapping(prefix = "isoledger.policy")
public interface PolicyConfig {

    @WithDefault("jp-clinic")
    String profile();

    Optional<Integer> maxDaysSupply();

    Optional<BloodTestCadence> bloodTestRequiredBefore();

    Optional<Integer> bloodTestMaxAgeDays();

    Optional<Integer> pregnancyTestMaxAgeDays();

    Optional<Integer> contraceptionLeadDays();

    Optional<Integer> contraceptionAfterEndDays();

    Optional<ContraceptionScope> contraceptionRequiredOf();

    Optional<Integer> bloodDonationAfterEndDays();

    Optional<Integer> cosmeticProceduresAfterEndDays();

    Optional<BigDecimal> maxDailyDoseMgPerKg();

    Optional<Integer> startWindowDays();

    Optional<Integer> contraceptionReconfirmDays();

    Optional<ContraceptionSufficiency> contraceptionMethodsSuffice();

    Optional<Integer> courseLapseDays();

    Optional<BigDecimal> defaultUpperLimitOfNormal();

    Optional<Integer> dispensingWindowDays();

    Optional<DispensingWindowFrom> dispensingWindowFrom();

    Optional<Integer> dispensingWindowDaysWithoutPregnancyTest();

    Optional<Integer> followUpPregnancyTestDaysAfterEnd();

    /** The profile's values with every override applied. */
    default Policy toPolicy() {
        Policy base = Policy.Profile.byId(profile()).policy();
        return new Policy(
                base.profile(),
                maxDaysSupply().orElse(base.maxDaysSupply()),
                bloodTestRequiredBefore().orElse(base.bloodTestRequiredBefore()),
                bloodTestMaxAgeDays().orElse(base.bloodTestMaxAgeDays()),
                pregnancyTestMaxAgeDays().orElse(base.pregnancyTestMaxAgeDays()),
                contraceptionLeadDays().orElse(base.contraceptionLeadDays()),
                contraceptionAfterEndDays().orElse(base.contraceptionAfterEndDays()),
                contraceptionRequiredOf().orElse(base.contraceptionRequiredOf()),
                bloodDonationAfterEndDays().orElse(base.bloodDonationAfterEndDays()),
                cosmeticProceduresAfterEndDays().orElse(base.cosmeticProceduresAfterEndDays()),
                maxDailyDoseMgPerKg().orElse(base.maxDailyDoseMgPerKg()),
                startWindowDays().orElse(base.startWindowDays()),
                contraceptionReconfirmDays().orElse(base.contraceptionReconfirmDays()),
                contraceptionMethodsSuffice().orElse(base.contraceptionMethodsSuffice()),
                courseLapseDays().orElse(base.courseLapseDays()),
                defaultUpperLimitOfNormal().orElse(base.defaultUpperLimitOfNormal()),
                dispensingWindowDays().orElse(base.dispensingWindowDays()),
                dispensingWindowFrom().orElse(base.dispensingWindowFrom()),
                dispensingWindowDaysWithoutPregnancyTest().orElse(base.dispensingWindowDaysWithoutPregnancyTest()),
                followUpPregnancyTestDaysAfterEnd().orElse(base.followUpPregnancyTestDaysAfterEnd()));
    }
}
