package io.isoledger.domain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule of the catalogue that the code enforces, with when it is checked and what it asks. The
 * README's rule table is rendered from this list and a test keeps the two the same.
 */
public final class RuleCatalogue {

    /** One enforced rule. */
    public record Rule(String id, String checkedOn, String summary) {}

    private RuleCatalogue() {}

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        PrescriptionRules.all().forEach(r -> rules.add(new Rule(r.id(), "IssuePrescription", r.summary())));
        rules.add(new Rule(LabFindings.RULE, "RecordBloodTest", LabFindings.SUMMARY));
        rules.add(new Rule(SideEffectFindings.ALERT_RULE, "ReportSideEffect", SideEffectFindings.ALERT_SUMMARY));
        rules.add(new Rule(SideEffectFindings.FLARE_RULE, "ReportSideEffect", SideEffectFindings.FLARE_SUMMARY));
        rules.add(
                new Rule(ProcedureConflicts.RULE, "ScheduleProcedure, IssuePrescription", ProcedureConflicts.SUMMARY));
        rules.add(new Rule(
                "R13",
                "EndTreatment",
                "restriction dates fixed at the end: contraception, blood donation,"
                        + " cosmetic procedures, each the policy's days after the last day"));
        rules.add(new Rule(
                "R14",
                "every PrescriptionIssued",
                "cumulative dose of the course in mg and mg/kg; a course aims at 120-150 mg/kg"));
        rules.add(new Rule(
                PregnancySignals.RULE,
                "DeclareReproductiveStatus, RecordPregnancyTest, RecordBloodTest, ReportContraceptionFailure",
                PregnancySignals.SUMMARY));
        rules.add(new Rule(InteractionSignals.RULE, "RecordConcomitantMedication", InteractionSignals.SUMMARY));
        rules.add(new Rule(
                "R20",
                "IssuePrescription",
                "a supply that starts more than the policy's lapse days after the last one ran out opens a new course:"
                        + " baseline labs, contraception lead time and the cumulative dose start again"));
        rules.add(new Rule(TreatmentEndRule.RULE, "EndTreatment", TreatmentEndRule.SUMMARY));
        rules.add(new Rule(DispensingRules.WINDOW, "DispensePrescription", DispensingRules.WINDOW_SUMMARY));
        rules.add(new Rule(DispensingRules.QUANTITY, "DispensePrescription", DispensingRules.QUANTITY_SUMMARY));
        rules.sort(Comparator.comparingInt(r -> Integer.parseInt(r.id().substring(1))));
        return rules;
    }
}
