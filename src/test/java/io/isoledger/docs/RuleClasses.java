package io.isoledger.docs;

import io.isoledger.domain.rules.PrescriptionRule;
import io.isoledger.domain.rules.PrescriptionRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each rule of the catalogue is decided, by class name under {@code io.isoledger}: the rules
 * checked on a prescription come from {@link PrescriptionRules} itself, the others are listed here.
 * {@link RulesDocumentTest} loads every class named, so a rename or a new rule fails it.
 */
final class RuleClasses {

    private static final Map<String, List<String>> OTHERS = Map.ofEntries(
            Map.entry("R9", List.of("domain.rules.LabFindings")),
            Map.entry("R10", List.of("domain.rules.SideEffectFindings")),
            Map.entry("R11", List.of("domain.rules.SideEffectFindings")),
            Map.entry("R12", List.of("domain.rules.ProcedureConflicts", "domain.rules.ProcedureSignals")),
            Map.entry("R13", List.of("domain.Restrictions", "domain.CourseDecisions")),
            Map.entry("R14", List.of("domain.CourseDecisions", "patients.PatientSummaryProjection")),
            Map.entry("R18", List.of("domain.rules.PregnancySignals", "domain.rules.HarmSignals")),
            Map.entry("R19", List.of("domain.rules.InteractionSignals", "domain.rules.HarmSignals")),
            Map.entry("R20", List.of("domain.prescribing.Course", "domain.CourseDecisions")),
            Map.entry("R21", List.of("domain.rules.TreatmentEndRule")),
            Map.entry(
                    "R22",
                    List.of("domain.rules.DispensingRules", "domain.DispensingDecisions", "decider.SupplyExpiry")),
            Map.entry("R23", List.of("domain.rules.DispensingRules", "domain.DispensingDecisions")));

    private RuleClasses() {}

    /** The classes that decide each rule, by rule id; names relative to {@code io.isoledger}. */
    static Map<String, List<String>> byRule() {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (PrescriptionRule rule : PrescriptionRules.all()) {
            String name = rule.getClass().getName().substring("io.isoledger.".length());
            classes.put(rule.id(), List.of(name));
        }
        classes.putAll(OTHERS);
        return classes;
    }
}
