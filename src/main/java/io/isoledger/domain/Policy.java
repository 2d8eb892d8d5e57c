package io.isoledger.domain;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The jurisdiction-dependent numbers of RULES.md. One profile is active per deployment; each value
 * can be overridden on its own, which is why this is a plain record and not just the profile.
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
        BigDecimal maxDailyDoseMgPerKg) {

    /** Which prescriptions need a fresh blood test first (R2). */
    public enum BloodTestCadence {
        EVERY_PRESCRIPTION,
        FIRST_PRESCRIPTION
    }

    /** Whom contraception is required of (R5). */
    public enum ContraceptionScope {
        EVERY_PATIENT,
        PATIENTS_WHO_CAN_BECOME_PREGNANT
    }

    /** The named profiles of RULES.md, with their values. */
    public enum Profile {
        JP_CLINIC("jp-clinic", 90, BloodTestCadence.EVERY_PRESCRIPTION, 30, 90, ContraceptionScope.EVERY_PATIENT),
        US_IPLEDGE(
                "us-ipledge",
                30,
                BloodTestCadence.FIRST_PRESCRIPTION,
                7,
                30,
                ContraceptionScope.PATIENTS_WHO_CAN_BECOME_PREGNANT),
        EU_PPP(
                "eu-ppp",
                30,
                BloodTestCadence.FIRST_PRESCRIPTION,
                7,
                30,
                ContraceptionScope.PATIENTS_WHO_CAN_BECOME_PREGNANT);

        private final String id;
        private final Policy policy;

        Profile(
                String id,
                int maxDaysSupply,
                BloodTestCadence bloodTests,
                int pregnancyTestMaxAgeDays,
                int contraceptionAfterEndDays,
                ContraceptionScope contraceptionScope) {
            this.id = id;
            this.policy = new Policy(
                    id,
                    maxDaysSupply,
                    bloodTests,
                    30,
                    pregnancyTestMaxAgeDays,
                    30,
                    contraceptionAfterEndDays,
                    contraceptionScope,
                    30,
                    180,
                    BigDecimal.ONE);
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
}
