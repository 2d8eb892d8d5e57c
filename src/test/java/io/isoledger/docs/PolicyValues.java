package io.isoledger.docs;

import io.isoledger.domain.Policy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of {@link Policy} as the documents show them: a reader's name for each record
 * component (with the rules that read it in parentheses), its {@code isoledger.policy.*} setting and
 * its value under each {@link Policy.Profile}. Shared by {@link ReadmeRulesTest} and
 * {@link RulesDocumentTest}, so the README and docs/rules.md name every value alike.
 */
final class PolicyValues {

    /**
     * One policy value: its name for readers (ending in the rules the README names), every rule that
     * reads it, its setting and its value per profile.
     */
    record Value(String name, List<String> readBy, String setting, List<String> byProfile) {

        /** The value's row of a Markdown table: name, setting, then one column per profile. */
        String row() {
            return "| " + name + " | `" + setting + "` | " + String.join(" | ", byProfile) + " |\n";
        }

        /** As {@link #row()}, the name without its rules, followed by every rule that reads the value. */
        String rowWithReaders() {
            int rules = name.lastIndexOf(" (");
            String readers =
                    readBy.isEmpty() ? name.substring(rules + 2, name.length() - 1) : String.join(", ", readBy);
            return "| " + name.substring(0, rules) + " | " + readers + " | `" + setting + "` | "
                    + String.join(" | ", byProfile) + " |\n";
        }
    }

    private static final Pattern RULE_ID = Pattern.compile("\\bR\\d+\\b");
    private static final Map<String, String> NAMES = Map.ofEntries(
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

    /** Rules that read a value besides those its name gives (the README's table names only the first). */
    private static final Map<String, List<String>> ALSO_READ_BY = Map.of(
            "maxDaysSupply", List.of("R17"),
            "contraceptionAfterEndDays", List.of("R18"),
            "contraceptionRequiredOf", List.of("R18"));

    private PolicyValues() {}

    /** Every value of the policy, in the record's order; fails on a component no document names yet. */
    static List<Value> all() {
        List<Value> values = new ArrayList<>();
        for (RecordComponent component : Policy.class.getRecordComponents()) {
            if (component.getName().equals("profile")) {
                continue;
            }
            String name = NAMES.get(component.getName());
            if (name == null) {
                throw new AssertionError("Policy value " + component.getName() + " has no name in PolicyValues");
            }
            List<String> readBy = new ArrayList<>(rulesIn(name));
            readBy.addAll(ALSO_READ_BY.getOrDefault(component.getName(), List.of()));
            values.add(new Value(name, readBy, "isoledger.policy." + kebab(component.getName()), of(component)));
        }
        return values;
    }

    /** The header of a table of {@link Value#row()}s: name, setting, then one column per profile. */
    static String header() {
        return header("| policy value | setting | ");
    }

    /** The header of a table of {@link Value#rowWithReaders()}. */
    static String headerWithReaders() {
        return header("| policy value | read by | setting | ");
    }

    private static String header(String first) {
        String profiles = Arrays.stream(Policy.Profile.values())
                .map(p -> "`" + p.id() + "`")
                .collect(Collectors.joining(" | "));
        long columns = first.chars().filter(c -> c == '|').count() - 1;
        return first + profiles + " |\n|" + "---|".repeat((int) columns + Policy.Profile.values().length) + "\n";
    }

    private static List<String> of(RecordComponent component) {
        List<String> values = new ArrayList<>();
        for (Policy.Profile profile : Policy.Profile.values()) {
            try {
                Object value = component.getAccessor().invoke(profile.policy());
                values.add(value.toString().toLowerCase().replace('_', ' '));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    private static List<String> rulesIn(String name) {
        List<String> rules = new ArrayList<>();
        Matcher matcher = RULE_ID.matcher(name.substring(name.lastIndexOf('(')));
        while (matcher.find()) {
            rules.add(matcher.group());
        }
        return rules;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
