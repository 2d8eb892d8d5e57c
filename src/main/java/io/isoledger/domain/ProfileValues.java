package io.isoledger.domain;

import io.isoledger.domain.Policy.BloodTestCadence;
import io.isoledger.domain.Policy.ContraceptionScope;
import io.isoledger.domain.Policy.DispensingWindowFrom;
import java.math.BigDecimal;

/**
 * The values of a {@link Policy.Profile}, grouped by what they govern: the small records hold those
 * in which the profiles differ, the constants those every profile shares. {@link #policy} makes the
 * flat {@link Policy} the rules read, and each of whose values a deployment can override.
 */
final class ProfileValues {

    /** R2: how many days before the prescription its blood test may be sampled. */
    private static final int BLOOD_TEST_MAX_AGE_DAYS = 30;

    /** R5: how long contraception that suffices must have been in use before a course starts. */
    private static final int CONTRACEPTION_LEAD_DAYS = 30;

    /** R13: the days after the last day of treatment until blood may be donated. */
    private static final int BLOOD_DONATION_AFTER_END_DAYS = 30;

    /** R12, R13: the days after the last day of treatment until cosmetic procedures are allowed. */
    private static final int COSMETIC_PROCEDURES_AFTER_END_DAYS = 180;

    /** R7: the highest daily dose per kg of body weight. */
    private static final BigDecimal MAX_DAILY_DOSE_MG_PER_KG = BigDecimal.ONE;

    /** R16: how many days after its issue a supply may start. */
    private static final int START_WINDOW_DAYS = 7;

    /** R20: the gap after the last supply after which a course has lapsed. */
    private static final int COURSE_LAPSE_DAYS = 60;

    /** The lab findings' upper limit of normal for a transaminase where the lab gives none. */
    private static final BigDecimal DEFAULT_UPPER_LIMIT_OF_NORMAL = BigDecimal.valueOf(40);

    /** R22: the days a supply may be dispensed in, counted as {@link Policy.DispensingWindowFrom} says. */
    private static final int DISPENSING_WINDOW_DAYS = 7;

    /** The plan's follow-up pregnancy test, this many days after the last day of treatment. */
    private static final int FOLLOW_UP_PREGNANCY_TEST_DAYS_AFTER_END = 30;

    private ProfileValues() {}

    /** R1, R2, R4: how much one prescription may supply, which need a blood test, how fresh a pregnancy test. */
    record Prescriptions(int maxDaysSupply, BloodTestCadence bloodTestRequiredBefore, int pregnancyTestMaxAgeDays) {}

    /** R5, R13: of whom contraception is asked, which methods suffice, how often reconfirmed, how long after the end. */
    record ContraceptionDemand(
            ContraceptionScope requiredOf,
            ContraceptionSufficiency methodsSuffice,
            int reconfirmDays,
            int afterEndDays) {}

    /** R22: what the dispensing window counts from, and how long it is without a pregnancy test. */
    record DispensingWindow(DispensingWindowFrom from, int daysWithoutPregnancyTest) {}

    static Policy policy(
            String id, Prescriptions prescriptions, ContraceptionDemand contraception, DispensingWindow dispensing) {
        return new Policy(
                id,
                prescriptions.maxDaysSupply(),
                prescriptions.bloodTestRequiredBefore(),
                BLOOD_TEST_MAX_AGE_DAYS,
                prescriptions.pregnancyTestMaxAgeDays(),
                CONTRACEPTION_LEAD_DAYS,
                contraception.afterEndDays(),
                contraception.requiredOf(),
                BLOOD_DONATION_AFTER_END_DAYS,
                COSMETIC_PROCEDURES_AFTER_END_DAYS,
                MAX_DAILY_DOSE_MG_PER_KG,
                START_WINDOW_DAYS,
                contraception.reconfirmDays(),
                contraception.methodsSuffice(),
                COURSE_LAPSE_DAYS,
                DEFAULT_UPPER_LIMIT_OF_NORMAL,
                DISPENSING_WINDOW_DAYS,
                dispensing.from(),
                dispensing.daysWithoutPregnancyTest(),
                FOLLOW_UP_PREGNANCY_TEST_DAYS_AFTER_END);
    }
}
