package io.isoledger.domain.rules;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.LabResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * R9: triglycerides above 500 mg/dL warn and above 800 mg/dL block (pancreatitis risk); ALT or
 * AST above three times the lab's upper limit of normal block (liver injury).
 */
public final class LabFindings {

    public static final String RULE = "R9";
    static final String SUMMARY = "triglycerides > 500 mg/dL raise a warning, > 800 mg/dL a blocking alert;"
            + " ALT or AST > 3 x the upper limit of normal a blocking alert";
    private static final BigDecimal TG_WARN_MG_DL = BigDecimal.valueOf(500);
    private static final BigDecimal TG_BLOCK_MG_DL = BigDecimal.valueOf(800);
    private static final BigDecimal MG_DL_PER_MMOL_L = new BigDecimal("88.57");
    private static final BigDecimal ULN_FACTOR = BigDecimal.valueOf(3);

    private LabFindings() {}

    public static List<Finding> of(List<LabResult> results) {
        List<Finding> findings = new ArrayList<>();
        for (LabResult result : results) {
            if (result.analyte() == Analyte.TRIGLYCERIDES) {
                triglycerides(result, findings);
            } else if (result.analyte() == Analyte.ALT || result.analyte() == Analyte.AST) {
                transaminase(result, findings);
            }
        }
        return findings;
    }

    private static void triglycerides(LabResult result, List<Finding> findings) {
        BigDecimal mgPerDl = inMgPerDl(result);
        if (mgPerDl.compareTo(TG_BLOCK_MG_DL) > 0) {
            findings.add(new Finding(RULE, true, "Triglycerides " + plain(mgPerDl) + " mg/dL exceed 800 mg/dL."));
        } else if (mgPerDl.compareTo(TG_WARN_MG_DL) > 0) {
            findings.add(new Finding(RULE, false, "Triglycerides " + plain(mgPerDl) + " mg/dL exceed 500 mg/dL."));
        }
    }

    private static void transaminase(LabResult result, List<Finding> findings) {
        BigDecimal uln = result.upperLimitOfNormal();
        if (uln == null || uln.signum() <= 0) {
            return; // without the lab's own limit there is nothing to compare against
        }
        if (result.value().compareTo(uln.multiply(ULN_FACTOR)) > 0) {
            findings.add(new Finding(
                    RULE,
                    true,
                    result.analyte() + " " + plain(result.value()) + " " + result.unit()
                            + " exceeds 3 x the upper limit of normal (" + plain(uln) + ")."));
        }
    }

    /** Triglycerides come in mg/dL or mmol/L; the thresholds are in mg/dL. */
    private static BigDecimal inMgPerDl(LabResult result) {
        String unit = result.unit() == null
                ? ""
                : result.unit().toLowerCase(Locale.ROOT).replace(" ", "");
        return unit.equals("mmol/l") ? result.value().multiply(MG_DL_PER_MMOL_L) : result.value();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
