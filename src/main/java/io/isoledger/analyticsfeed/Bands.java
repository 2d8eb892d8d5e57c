package io.isoledger.analyticsfeed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * What the feed publishes instead of exact values that, together, could single a patient out: the
 * age in five-year bands (from 90 one band, as few patients are that old), the daily dose in the
 * bands of the side-effect report, and the cumulative dose per kg in bands of 30 mg/kg, so that
 * the 120-150 mg/kg a course aims at is one band.
 */
final class Bands {

    static final int TOP_AGE = 90;
    private static final int[] CUMULATIVE_MG_PER_KG = {30, 60, 90, 120, 150};

    private Bands() {}

    /** The age on {@code day}, in whole years, as "15-19", or "90+"; a day before birth counts as 0. */
    static String ageBand(LocalDate birthDate, LocalDate day) {
        if (birthDate == null || day == null) {
            return null;
        }
        int age = Math.max(0, Period.between(birthDate, day).getYears());
        if (age >= TOP_AGE) {
            return TOP_AGE + "+";
        }
        int lowest = age / 5 * 5;
        return lowest + "-" + (lowest + 4);
    }

    /** "1-20", "21-40" or "41+" mg a day; null when no isotretinoin was supplied for the day. */
    static String dailyDoseMg(Integer dailyDoseMg) {
        if (dailyDoseMg == null) {
            return null;
        }
        if (dailyDoseMg <= 20) {
            return "1-20";
        }
        return dailyDoseMg <= 40 ? "21-40" : "41+";
    }

    /** "0-<30", "30-<60", ..., "120-<150" or "150+" mg/kg; null when no course had started. */
    static String cumulativeMgPerKg(BigDecimal mgPerKg) {
        if (mgPerKg == null) {
            return null;
        }
        int lower = 0;
        for (int upper : CUMULATIVE_MG_PER_KG) {
            if (mgPerKg.compareTo(BigDecimal.valueOf(upper)) < 0) {
                return lower + "-<" + upper;
            }
            lower = upper;
        }
        return lower + "+";
    }
}
