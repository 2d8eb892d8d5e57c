package io.isoledger.domain.labs;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.LabResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** R4, R18: hCG of 5 mIU/mL or more in any blood panel is a positive pregnancy result. */
public final class PregnancyHormone {

    public static final BigDecimal POSITIVE_FROM_MIU_PER_ML = BigDecimal.valueOf(5);

    private PregnancyHormone() {}

    /** The positive hCG result of a panel, if it has one. */
    public static Optional<LabResult> positiveOf(List<LabResult> results) {
        return results.stream()
                .filter(r -> r.analyte() == Analyte.HCG && r.standardValue() != null)
                .filter(r -> r.standardValue().compareTo(POSITIVE_FROM_MIU_PER_ML) >= 0)
                .findFirst();
    }

    /** The result as an alert names it. */
    public static String describe(LabResult hcg) {
        return "hCG " + hcg.value().stripTrailingZeros().toPlainString() + " " + hcg.unit()
                + " in a blood panel, a positive pregnancy result,";
    }
}
