package io.isoledger.domain;

import java.math.BigDecimal;

/**
 * One analyte's result: the value, unit and upper limit of normal as the lab sent them, and the
 * same converted to the analyte's standard unit, which is what the rules judge (R9).
 *
 * @param standardValue the value in {@link Analyte#standardUnit()}; {@code null} only on results
 *     recorded before units were checked, in a unit that is not accepted: no rule reads those
 * @param standardUpperLimitOfNormal the lab's limit in the standard unit, {@code null} if it gave none
 */
public record LabResult(
        Analyte analyte,
        BigDecimal value,
        String unit,
        BigDecimal upperLimitOfNormal,
        BigDecimal standardValue,
        String standardUnit,
        BigDecimal standardUpperLimitOfNormal) {

    /** A result already in the analyte's standard unit. */
    public static LabResult inStandardUnit(Analyte analyte, BigDecimal value, BigDecimal upperLimitOfNormal) {
        return new LabResult(
                analyte,
                value,
                analyte.standardUnit(),
                upperLimitOfNormal,
                value,
                analyte.standardUnit(),
                upperLimitOfNormal);
    }
}
