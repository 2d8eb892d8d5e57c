package io.isoledger.docs;

import io.isoledger.domain.rules.RuleCatalogue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * docs/rules.md rendered from the code: each rule of {@link RuleCatalogue} with what it is checked
 * on, what it asks, the classes that decide it ({@link RuleClasses}) and the policy values it reads
 * under each profile ({@link PolicyValues}); then every policy value. Checked by {@link RulesDocumentTest}.
 */
final class RulesDocument {

    static final String SOURCE = "../src/main/java/io/isoledger/";

    private static final String INTRO = """
            # The rule catalogue

            <!-- Rendered from the code by src/test/java/io/isoledger/docs/RulesDocumentTest.java: do not edit by
            hand. When the code changes, the test fails and writes the rendered file to target/rules.md. -->

            Every clinical rule IsoLedger enforces, by id, as the code holds it: the id, the command it is
            checked on and what it asks come from `RuleCatalogue` (`domain/rules`); the policy values from
            `Policy.Profile` (`domain/Policy.java`). A rejected command (`422`) lists every rule it breaks by
            these ids. One profile is active per deployment (`isoledger.policy.profile`), and each of its
            values can be overridden by its own setting. How a command reaches the rules is in
            [architecture.md](architecture.md). (The comment in the Flyway migration
            `V2__treatment_lifecycle.sql`, which cannot change once applied, names this catalogue by its
            former file name.)

            """;

    private RulesDocument() {}

    static String render() {
        StringBuilder md = new StringBuilder(INTRO);
        md.append("| rule | checked on | decided in |\n|---|---|---|\n");
        for (RuleCatalogue.Rule rule : RuleCatalogue.all()) {
            md.append("| [")
                    .append(rule.id())
                    .append("](#")
                    .append(rule.id().toLowerCase())
                    .append(") | ");
            md.append(rule.checkedOn()).append(" | ").append(links(rule.id())).append(" |\n");
        }
        for (RuleCatalogue.Rule rule : RuleCatalogue.all()) {
            section(md, rule);
        }
        md.append("\n## Policy values by profile\n\n")
                .append("Every value of `Policy` and the rules that read it (\"plan\": only the patient's plan).\n\n")
                .append(PolicyValues.headerWithReaders());
        PolicyValues.all().forEach(value -> md.append(value.rowWithReaders()));
        return md.toString();
    }

    private static void section(StringBuilder md, RuleCatalogue.Rule rule) {
        md.append("\n## ").append(rule.id()).append("\n\n");
        md.append("> ").append(rule.summary()).append("\n\n");
        md.append("Checked on: ").append(rule.checkedOn()).append(". ");
        md.append("Decided in: ").append(links(rule.id())).append(".\n\n");
        List<PolicyValues.Value> values = PolicyValues.all().stream()
                .filter(value -> value.readBy().contains(rule.id()))
                .toList();
        if (values.isEmpty()) {
            md.append("No policy value: the same under every profile.\n");
            return;
        }
        md.append(PolicyValues.headerWithReaders());
        values.forEach(value -> md.append(value.rowWithReaders()));
    }

    private static String links(String ruleId) {
        List<String> classes = RuleClasses.byRule().getOrDefault(ruleId, List.of());
        return classes.stream()
                .map(name -> "[`" + name.substring(name.lastIndexOf('.') + 1) + "`](" + SOURCE + name.replace('.', '/')
                        + ".java)")
                .collect(Collectors.joining(", "));
    }
}
