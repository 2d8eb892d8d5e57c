package io.isoledger.domain;

import io.isoledger.domain.ProfileValues.ContraceptionDemand;
import io.isoledger.domain.ProfileValues.DispensingWindow;
import io.isoledger.domain.ProfileValues.Prescriptions;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The jurisdiction-dependent numbers of the rule catalogue. One profile is active per deployment;
 * each value can be overridden on its own, which is why this is a plain record and not just the
 * profile. It stays flat: each component is one {@code isoledger.policy.*} setting and one row of
 * the README's policy table; the {@link Profile}s group their values in {@link ProfileValues}.
 */
public record Policy(
        String profile,
        int maxDaysSupply,
        BloodTestCadence bloodTestRequiredBefore,
        int bloodTestMaxAgeDays,
        int pregnancyTestMaxAgeDays,
        int contraceptionLeadDays,
        int contraceptionAfterEndDays,
        ContraceptionScope contraceptionRequiredOf,
        int bloodDonationAfterEndDays,
        int cosmeticProceduresAfterEndDays,
        BigDecimal maxDailyDoseMgPerKg,
        int startWindowDays,
        int contraceptionReconfirmDays,
        ContraceptionSufficiency contraceptionMethodsSuffice,
        int courseLapseDays,
        BigDecimal defaultUpperLimitOfNormal,
        int dispensingWindowDays,
        DispensingWindowFrom dispensingWindowFrom,
        int dispensingWindowDaysWithoutPregnancyTest,
        int followUpPregnancyTestDaysAfterEnd) {

    /** Which prescriptions need a fresh blood test first (R2). */
    public enum BloodTestCadence {
        EVERY_PRESCRIPTION,
        FIRST_PRESCRIPTION
    }

    /**
     * What the dispensing window (R22) is counted from: the issue, or for patients who can become
     * pregnant the sample of the pregnancy test the prescription rests on (iPLEDGE).
     */
    public enum DispensingWindowFrom {
        ISSUE,
        PREGNANCY_TEST
    }

    /** Whom contraception is required of (R5). */
    public enum ContraceptionScope {
        EVERY_PATIENT,
        PATIENTS_WHO_CAN_BECOME_PREGNANT
    }

    /**
     * The named profiles of the rule catalogue. Each gives only the values in which the profiles
     * differ, grouped in the small records of {@link ProfileValues}; the values they share are there.
     */
    public enum Profile {
        JP_CLINIC(
                "jp-clinic",
                new Prescriptions(90, BloodTestCadence.EVERY_PRESCRIPTION, 30),
                new ContraceptionDemand(ContraceptionScope.EVERY_PATIENT, ContraceptionSufficiency.ANY_ONE, 90, 90),
                new DispensingWindow(DispensingWindowFrom.ISSUE, 7)),
        US_IPLEDGE(
                "us-ipledge",
                new Prescriptions(30, BloodTestCadence.FIRST_PRESCRIPTION, 7),
                new ContraceptionDemand(
                        ContraceptionScope.PATIENTS_WHO_CAN_BECOME_PREGNANT,
                        ContraceptionSufficiency.TWO_TOGETHER_OR_ABSTINENCE_OR_STERILIZATION_ALONE,
                        30,
                        30),
                new DispensingWindow(DispensingWindowFrom.PREGNANCY_TEST, 30)),
        EU_PPP(
                "eu-ppp",
                new Prescriptions(30, BloodTestCadence.FIRST_PRESCRIPTION, 7),
                new ContraceptionDemand(
                        ContraceptionScope.PATIENTS_WHO_CAN_BECOME_PREGNANT,
                        ContraceptionSufficiency.ONE_HIGHLY_EFFECTIVE_OR_TWO_TOGETHER,
                        30,
                        30),
                new DispensingWindow(DispensingWindowFrom.ISSUE, 7));

        private final String id;
        private final Policy policy;

        Profile(
                String id,
                Prescriptions prescriptions,
                ContraceptionDemand contraception,
                DispensingWindow dispensing) {
            this.id = id;
            this.policy = ProfileValues.policy(id, prescriptions, contraception, dispensing);
        }

        public String id() {
            return id;
        }

        public Policy policy() {
            return policy;
        }

        public static Profile byId(String id) {
            return Arrays.stream(values())
                    .filter(p -> p.id.equals(id))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Unknown policy profile '" + id + "'; known: " + Arrays.toString(ids())));
        }

        public static String[] ids() {
            return Arrays.stream(values()).map(Profile::id).toArray(String[]::new);
        }
    }

    public static Policy jpClinic() {
        return Profile.JP_CLINIC.policy();
    }

    /** R5: the lead time asked of this patient; jp-clinic asks none of those who cannot become pregnant. */
    public int contraceptionLeadDaysFor(boolean canBecomePregnant) {
        return canBecomePregnant ? contraceptionLeadDays : 0;
    }

    /** R5 and R13: whether contraception is asked of this patient at all. */
    public boolean requiresContraception(boolean canBecomePregnant) {
        return contraceptionRequiredOf == ContraceptionScope.EVERY_PATIENT || canBecomePregnant;
    }
}
