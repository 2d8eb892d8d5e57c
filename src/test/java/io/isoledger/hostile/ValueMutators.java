package io.isoledger.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.isoledger.hostile.OpenApiWalker.Field;
import io.isoledger.hostile.OpenApiWalker.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values a field of a request body is replaced with, by category, chosen from its schema. Only
 * values that make the request invalid are kept: those the schema refuses, and those marked hostile
 * whatever the schema says (see {@link Mutation#hostileAnyway}).
 */
final class ValueMutators {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * Dates that record something that already happened: the service refuses future ones
     * ({@code @Past}/{@code @PastOrPresent}), though the OpenAPI document does not say so.
     */
    static final Set<String> PAST_ONLY_DATES = Set.of("birthDate", "sampledOn", "measuredOn", "declaredOn", "onsetOn");

    /**
     * @param hostileAnyway why the value is invalid though the schema allows it, or null when the
     *     schema itself refuses it
     */
    record Mutation(String category, String description, JsonNode value, String hostileAnyway) {}

    private ValueMutators() {}

    /** Every hostile value for a field. */
    static List<Mutation> of(Field field, JsonNode valid) {
        Schema s = field.schema();
        List<Mutation> all = new ArrayList<>();
        all.addAll(wrongTypes(s, valid));
        if (s.isString()) {
            all.addAll(hugeStrings(s));
            all.addAll(oddStrings(s, valid));
        }
        if (s.isNumeric()) {
            all.addAll(numbers(s));
        }
        if (s.isDate()) {
            all.addAll(dates(field));
        }
        if ("array".equals(s.type())) {
            all.addAll(arrays(s, valid));
        }
        return all.stream()
                .filter(m -> m.hostileAnyway() != null || !s.accepts(m.value()))
                .toList();
    }

    /** Another JSON type than the schema's: string for number, number for string, object for array, ... */
    static List<Mutation> wrongTypes(Schema s, JsonNode valid) {
        String type = "wrong-type";
        List<Mutation> m = new ArrayList<>();
        switch (s.type()) {
            case "string" -> {
                m.add(new Mutation(type, "number for " + kind(s), JSON.numberNode(12345), null));
                m.add(new Mutation(type, "boolean for " + kind(s), JSON.booleanNode(true), null));
                m.add(new Mutation(
                        type, "object for " + kind(s), JSON.objectNode().put("value", valid.asText()), null));
                if (s.isEnum()) {
                    m.add(new Mutation(type, "unknown enum value", JSON.textNode("DRAGON"), null));
                    m.add(new Mutation(
                            type,
                            "enum value in lower case",
                            JSON.textNode(valid.asText().toLowerCase(Locale.ROOT)),
                            null));
                }
                if (s.isDate()) {
                    ArrayNode parts = JSON.arrayNode().add(2026).add(11).add(20);
                    m.add(new Mutation(type, "array [2026,11,20] for a date", parts, null));
                }
            }
            case "integer", "number" -> {
                m.add(new Mutation(type, "string for number", JSON.textNode(valid.asText()), null));
                m.add(new Mutation(type, "boolean for number", JSON.booleanNode(true), null));
                m.add(new Mutation(type, "array for number", JSON.arrayNode().add(valid), null));
            }
            case "boolean" -> {
                m.add(new Mutation(type, "string \"true\" for boolean", JSON.textNode("true"), null));
                m.add(new Mutation(type, "number 1 for boolean", JSON.numberNode(1), null));
                m.add(new Mutation(type, "object for boolean", JSON.objectNode(), null));
            }
            case "array" -> {
                m.add(new Mutation(type, "object for array", JSON.objectNode().set("0", valid.get(0)), null));
                m.add(new Mutation(type, "single value for array", valid.get(0), null));
                m.add(new Mutation(type, "string for array", JSON.textNode(valid.toString()), null));
            }
            default -> throw new IllegalStateException("No wrong types for " + s.type());
        }
        return m;
    }

    /** 10 000+ characters in a string field: ASCII, and Japanese where the field has a maximum length. */
    static List<Mutation> hugeStrings(Schema s) {
        List<Mutation> m = new ArrayList<>();
        m.add(new Mutation("huge-string", "10 001 ASCII characters", JSON.textNode("A".repeat(10_001)), null));
        if (s.maxLength() != null) {
            m.add(new Mutation("huge-string", "10 001 Japanese characters", JSON.textNode("あ".repeat(10_001)), null));
        }
        return m;
    }

    /** Control characters, other scripts and injection attempts. */
    static List<Mutation> oddStrings(Schema s, JsonNode valid) {
        List<Mutation> m = new ArrayList<>();
        HostileStrings.controlCharacters().forEach((name, c) -> {
            String value = valid.asText() + c + "x";
            m.add(new Mutation(
                    "control-chars",
                    name + " in the value",
                    JSON.textNode(value),
                    HostileStrings.neverStorable(value) ? "no text column can store it faithfully" : null));
        });
        HostileStrings.otherScripts()
                .forEach((name, text) ->
                        m.add(new Mutation("other-scripts", name + " text " + text, JSON.textNode(text), null)));
        HostileStrings.injections()
                .forEach((name, text) -> m.add(new Mutation("injection", name, JSON.textNode(text), null)));
        m.add(new Mutation("empty-string", "empty string", JSON.textNode(""), null));
        m.add(new Mutation("empty-string", "only spaces", JSON.textNode("   "), null));
        return m;
    }

    /** Out-of-range numbers, as JSON number literals, plus NaN spelled as a string. */
    static List<Mutation> numbers(Schema s) {
        String type = "number-range";
        List<Mutation> m = new ArrayList<>();
        for (String literal : List.of("-1", "0", "1e308", "-1e308", "9223372036854775808", "1e999999999")) {
            m.add(new Mutation(type, literal, JSON.numberNode(new BigDecimal(literal)), null));
        }
        if ("integer".equals(s.type())) {
            m.add(new Mutation(type, "1.5 (fraction for an integer)", JSON.numberNode(new BigDecimal("1.5")), null));
            m.add(new Mutation(
                    type, "2147483648 (int32 overflow)", JSON.numberNode(new BigDecimal("2147483648")), null));
        }
        if (s.maximum() != null) {
            BigDecimal above = s.maximum().add(s.multipleOf() == null ? BigDecimal.ONE : s.multipleOf());
            m.add(new Mutation(
                    type, above.toPlainString() + " (just above the maximum)", JSON.numberNode(above), null));
        }
        if (s.minimum() != null) {
            BigDecimal below = s.minimum().subtract(s.multipleOf() == null ? BigDecimal.ONE : s.multipleOf());
            m.add(new Mutation(
                    type, below.toPlainString() + " (just below the minimum)", JSON.numberNode(below), null));
        }
        if (s.multipleOf() != null) {
            BigDecimal fine = s.minimum().add(s.multipleOf().movePointLeft(1));
            m.add(new Mutation(
                    type,
                    fine.toPlainString() + " (not a multiple of " + s.multipleOf() + ")",
                    JSON.numberNode(fine),
                    null));
        }
        m.add(new Mutation(type, "\"NaN\" (a string)", JSON.textNode("NaN"), null));
        m.add(new Mutation(type, "\"Infinity\" (a string)", JSON.textNode("Infinity"), null));
        return m;
    }

    /** Dates that are not dates of the calendar, implausible, or in the future where only the past is. */
    static List<Mutation> dates(Field field) {
        String type = "date-range";
        List<Mutation> m = new ArrayList<>();
        for (String bad : List.of(
                "2026-02-30",
                "2026-13-01",
                "99999-01-01",
                "2026-11-20T00:00:00Z",
                "20/11/2026",
                "2026-1-1",
                "+2026-11-20")) {
            m.add(new Mutation(type, bad, JSON.textNode(bad), null));
        }
        m.add(new Mutation(
                type,
                "0000-01-01 (year zero)",
                JSON.textNode("0000-01-01"),
                "no clinical fact happens in year 0 (and PostgreSQL has no year 0)"));
        if (PAST_ONLY_DATES.contains(field.name())) {
            m.add(new Mutation(
                    type,
                    "2999-01-01 (far future for a past-only date)",
                    JSON.textNode("2999-01-01"),
                    "a recorded fact cannot be in the future"));
        }
        return m;
    }

    /** Too few, too many and duplicate items, and items of the wrong kind. */
    static List<Mutation> arrays(Schema s, JsonNode valid) {
        String type = "array-bounds";
        List<Mutation> m = new ArrayList<>();
        m.add(new Mutation(type, "empty array", JSON.arrayNode(), null));
        m.add(new Mutation(type, "[null]", JSON.arrayNode().addNull(), null));
        if (s.maxItems() != null) {
            ArrayNode many = JSON.arrayNode();
            for (int i = 0; i <= s.maxItems(); i++) {
                many.add(
                        s.items().isEnum()
                                ? JSON.textNode(s.items()
                                        .enumValues()
                                        .get(i % s.items().enumValues().size()))
                                : valid.get(0));
            }
            m.add(new Mutation(type, (s.maxItems() + 1) + " items (maximum " + s.maxItems() + ")", many, null));
        }
        if (s.uniqueItems()) {
            m.add(new Mutation(
                    type, "duplicate items", JSON.arrayNode().add(valid.get(0)).add(valid.get(0)), null));
        }
        if (s.items() != null && s.items().isEnum()) {
            m.add(new Mutation(type, "unknown enum item", JSON.arrayNode().add("DRAGON"), null));
        }
        if (s.items() != null && "object".equals(s.items().type())) {
            m.add(new Mutation(type, "string item for object", JSON.arrayNode().add("ALT"), null));
            m.add(new Mutation(
                    type,
                    "nested array item",
                    JSON.arrayNode().add(JSON.arrayNode().add(valid.get(0))),
                    null));
        }
        return m;
    }

    private static String kind(Schema s) {
        return s.isEnum() ? "enum" : s.isDate() ? "date" : "string";
    }
}
