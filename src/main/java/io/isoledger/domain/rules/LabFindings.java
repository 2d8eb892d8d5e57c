package io.isoledger.domain.rules;

import io.isoledger.domain.Analyte;
import io.isoledger.domain.LabResult;
import io.isoledger.domain.Policy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R9: triglycerides above 500 mg/dL warn and above 800 mg/dL block (pancreatitis risk); ALT or
 * AST above three times the upper limit of normal block (liver injury). Values are judged in the
 * analyte's standard unit, converted from the unit the lab sent; without the lab's own limit, the
 * policy's default limit applies and the alert says so.
 */
public final class LabFindings {

    public static final String RULE = "R9";
    static final String SUMMARY = "triglycerides > 500 mg/dL raise a warning, > 800 mg/dL a blocking alert;"
            + " ALT or AST > 3 x the upper limit of normal (the policy's default where the lab gives none) a blocking"
            + " alert; values converted from any accepted unit first";
    private static final BigDecimal TG_WARN_MG_DL = BigDecimal.valueOf(500);
    private static final BigDecimal TG_BLOCK_MG_DL = BigDecimal.valueOf(800);
    private static final BigDecimal ULN_FACTOR = BigDecimal.valueOf(3);

    private LabFindings() {}

    public static List<Finding> of(List<LabResult> results, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        for (LabResult result : results) {
            if (result.standardValue() == null) {
                continue; // recorded before units were checked, in a unit no rule can read
            }
            if (result.analyte() == Analyte.TRIGLYCERIDES) {
                triglycerides(result, findings);
            } else if (result.analyte() == Analyte.ALT || result.analyte() == Analyte.AST) {
                transaminase(result, policy, findings);
            }
        }
        return findings;
    }

    private static void triglycerides(LabResult result, List<Finding> findings) {
        BigDecimal mgPerDl = result.standardValue();
        String value = "Triglycerides " + asSent(result) + " exceed ";
        if (mgPerDl.compareTo(TG_BLOCK_MG_DL) > 0) {
            findings.add(new Finding(RULE, true, value + "800 mg/dL: risk of pancreatitis."));
        } else if (mgPerDl.compareTo(TG_WARN_MG_DL) > 0) {
            findings.add(new Finding(RULE, false, value + "500 mg/dL."));
        }
    }

    private static void transaminase(LabResult result, Policy policy, List<Finding> findings) {
        BigDecimal labLimit = result.standardUpperLimitOfNormal();
        boolean labGaveLimit = labLimit != null && labLimit.signum() > 0;
        BigDecimal uln = labGaveLimit ? labLimit : policy.defaultUpperLimitOfNormal();
        if (result.standardValue().compareTo(uln.multiply(ULN_FACTOR)) <= 0) {
            return;
        }
        String limit = labGaveLimit
                ? "the lab's upper limit of normal (" + plain(uln) + " U/L)"
                : "the upper limit of normal: the lab gave none, so the policy's default of " + plain(uln)
                        + " U/L applies";
        findings.add(new Finding(
                RULE,
                true,
                result.analyte() + " " + asSent(result) + " exceeds 3 x " + limit + ": risk of liver injury."));
    }

    /** The value as the lab sent it, and in the standard unit where that differs. */
    private static String asSent(LabResult r) {
        String sent = plain(r.value()) + " " + r.unit();
        boolean converted = !r.unit().equals(r.standardUnit()) || r.value().compareTo(r.standardValue()) != 0;
        return converted ? sent + " (" + plain(r.standardValue()) + " " + r.standardUnit() + ")" : sent;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
