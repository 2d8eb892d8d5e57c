package io.isoledger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Policy;
import io.isoledger.domain.rules.RuleCatalogue;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's rule and profile tables are rendered from the code's rule catalogue and policy
 * profiles, so they cannot drift. On a difference the rendered block is written to
 * target/README-rules.md, ready to paste between the markers.
 */
class ReadmeRulesTest {

    private static final String BEGIN = "<!-- rules:begin -->";
    private static final String END = "<!-- rules:end -->";
    private static final Map<String, String> VALUE_NAMES = Map.ofEntries(
            Map.entry("maxDaysSupply", "max days of supply per prescription (R1)"),
            Map.entry("bloodTestRequiredBefore", "a blood test is required before (R2)"),
            Map.entry("bloodTestMaxAgeDays", "max age of that blood test, days (R2)"),
            Map.entry("pregnancyTestMaxAgeDays", "max age of the negative pregnancy test, days (R4)"),
            Map.entry(
                    "contraceptionLeadDays",
                    "contraception in use at least N days before the course's first supply, for patients who can"
                            + " become pregnant (R5)"),
            Map.entry("contraceptionAfterEndDays", "contraception required until N days after the end (R13)"),
            Map.entry("contraceptionRequiredOf", "contraception required of (R5, R13)"),
            Map.entry("bloodDonationAfterEndDays", "no blood donation until N days after the end (R13)"),
            Map.entry(
                    "cosmeticProceduresAfterEndDays",
                    "no laser, light, peeling or waxing until N days after the end (R12, R13)"),
            Map.entry("maxDailyDoseMgPerKg", "max daily dose, mg per kg of body weight (R7)"),
            Map.entry("startWindowDays", "a prescription starts at most N days after it is issued (R16)"),
            Map.entry(
                    "contraceptionReconfirmDays",
                    "contraception re-confirmed at most N days before each prescription (R5)"),
            Map.entry("contraceptionMethodsSuffice", "contraception methods that suffice (R5)"),
            Map.entry(
                    "courseLapseDays",
                    "a course lapses when a new supply starts more than N days after the last one ran out (R20)"),
            Map.entry(
                    "defaultUpperLimitOfNormal",
                    "upper limit of normal for ALT and AST when the lab gives none, U/L (R9)"),
            Map.entry("dispensingWindowDays", "a prescription is dispensed at most N days after (R22)"),
            Map.entry("dispensingWindowFrom", "the dispensing window counts from (R22)"),
            Map.entry(
                    "dispensingWindowDaysWithoutPregnancyTest",
                    "for patients who cannot become pregnant, dispensed at most N days after the issue (R22)"),
            Map.entry(
                    "followUpPregnancyTestDaysAfterEnd",
                    "follow-up pregnancy test N days after the end, for patients who can become pregnant (plan)"));

    @Test
    void readme_listsEveryRuleAndProfileValue_asTheCodeHasThem() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String rendered = render();
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        String current = begin < 0 || end < 0 ? "" : readme.substring(begin, end + END.length());
        if (!current.equals(rendered)) {
            Files.writeString(Path.of("target", "README-rules.md"), rendered);
        }
        assertThat(current)
                .as("README.md's rules block differs from the code; the rendered one is in target/README-rules.md")
                .isEqualTo(rendered);
    }

    private static String render() throws Exception {
        StringBuilder md = new StringBuilder(BEGIN).append('\n');
        md.append("| rule | checked on | what it asks |\n|---|---|---|\n");
        for (RuleCatalogue.Rule rule : RuleCatalogue.all()) {
            md.append("| ")
                    .append(rule.id())
                    .append(" | ")
                    .append(rule.checkedOn())
                    .append(" | ")
                    .append(rule.summary())
                    .append(" |\n");
        }
        md.append('\n');
        String profiles = Arrays.stream(Policy.Profile.values())
                .map(p -> "`" + p.id() + "`")
                .collect(Collectors.joining(" | "));
        md.append("| policy value | setting | ").append(profiles).append(" |\n|---|---|");
        md.append("---|".repeat(Policy.Profile.values().length)).append('\n');
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            if (component.getName().equals("profile")) {
                continue;
            }
            String name = VALUE_NAMES.get(component.getName());
            assertThat(name)
                    .as("a README name for policy value " + component.getName())
                    .isNotNull();
            md.append("| ")
                    .append(name)
                    .append(" | `isoledger.policy.")
                    .append(kebab(component.getName()))
                    .append("` |");
            for (Policy.Profile profile : Policy.Profile.values()) {
                Object value = component.getAccessor().invoke(profile.policy());
                md.append(' ')
                        .append(value.toString().toLowerCase().replace('_', ' '))
                        .append(" |");
            }
            md.append('\n');
        }
        return md.append(END).toString();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
