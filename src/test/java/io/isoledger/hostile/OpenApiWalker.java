package io.isoledger.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The committed OpenAPI document, walked: every operation with its path, query and header parameters
 * and its request body schema, every {@code $ref} resolved against {@code components/schemas}.
 */
final class OpenApiWalker {

    static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /**
     * One operation of the document.
     *
     * @param roles the roles its security requirement names, any of which may call it
     */
    /** @param accept what a client of the operation asks for: the media type its success answer has */
    record Operation(
            String method, String path, List<Parameter> parameters, Schema body, List<String> roles, String accept) {

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Parameter(String name, String in, boolean required, Schema schema) {}

    /**
     * A schema with its {@code $ref} resolved; the referring node's own keywords win over the
     * target's (OpenAPI 3.1 allows siblings of {@code $ref}).
     */
    record Schema(
            String name,
            String type,
            String format,
            List<String> enumValues,
            String pattern,
            BigDecimal minimum,
            BigDecimal maximum,
            BigDecimal multipleOf,
            Integer maxLength,
            Integer minItems,
            Integer maxItems,
            boolean uniqueItems,
            Map<String, Schema> properties,
            List<String> required,
            Schema items,
            JsonNode example) {

        boolean isString() {
            return "string".equals(type);
        }

        boolean isDate() {
            return isString() && "date".equals(format);
        }

        boolean isEnum() {
            return enumValues != null;
        }

        boolean isNumeric() {
            return "integer".equals(type) || "number".equals(type);
        }

        /**
         * Whether the document allows this value, as JSON Schema reads it: types, enums, the date
         * format, (unanchored) patterns, lengths in code points, bounds, multiples, array sizes,
         * unique items and, for objects, required and known properties (the service refuses unknown
         * ones although the document does not say {@code additionalProperties: false}).
         */
        boolean accepts(JsonNode value) {
            if (value == null || value.isNull() || value.isMissingNode()) {
                return false;
            }
            switch (type == null ? "" : type) {
                case "string" -> {
                    if (!value.isTextual()) {
                        return false;
                    }
                    String s = value.textValue();
                    return (enumValues == null || enumValues.contains(s))
                            && (!isDate() || isCalendarDate(s))
                            && (pattern == null
                                    || Pattern.compile(pattern).matcher(s).find())
                            && (maxLength == null || s.codePointCount(0, s.length()) <= maxLength);
                }
                case "integer", "number" -> {
                    if (!value.isNumber()) {
                        return false;
                    }
                    BigDecimal d = value.decimalValue();
                    if ("integer".equals(type)) {
                        if (d.stripTrailingZeros().scale() > 0) {
                            return false;
                        }
                        BigDecimal limit =
                                BigDecimal.valueOf("int32".equals(format) ? Integer.MAX_VALUE : Long.MAX_VALUE);
                        if (d.abs().compareTo(limit) > 0) {
                            return false;
                        }
                    }
                    return (minimum == null || d.compareTo(minimum) >= 0)
                            && (maximum == null || d.compareTo(maximum) <= 0)
                            && (multipleOf == null || d.remainder(multipleOf).signum() == 0);
                }
                case "boolean" -> {
                    return value.isBoolean();
                }
                case "array" -> {
                    if (!value.isArray()
                            || (minItems != null && value.size() < minItems)
                            || (maxItems != null && value.size() > maxItems)) {
                        return false;
                    }
                    Set<JsonNode> seen = new HashSet<>();
                    for (JsonNode item : value) {
                        if ((uniqueItems && !seen.add(item)) || (items != null && !items.accepts(item))) {
                            return false;
                        }
                    }
                    return true;
                }
                case "object" -> {
                    if (!value.isObject()) {
                        return false;
                    }
                    for (String name : required) {
                        if (!value.has(name)) {
                            return false;
                        }
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        Schema property = properties.get(e.getKey());
                        if (property == null || !property.accepts(e.getValue())) {
                            return false;
                        }
                    }
                    return true;
                }
                default -> {
                    return true;
                }
            }
        }

        private static boolean isCalendarDate(String s) {
            try {
                LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /**
     * A field of a request body: top-level properties and, for arrays of objects, the properties of
     * the first item. {@code location} holds property names and array indexes.
     */
    record Field(List<Object> location, Schema schema, boolean required) {

        /** As the service names it in a problem's {@code errors[].field}: {@code results[0].unit}. */
        String path() {
            StringBuilder path = new StringBuilder();
            for (Object step : location) {
                if (step instanceof Integer index) {
                    path.append('[').append(index).append(']');
                } else {
                    path.append(path.length() == 0 ? "" : ".").append(step);
                }
            }
            return path.toString();
        }

        String name() {
            return (String) location.get(location.size() - 1);
        }
    }

    private final JsonNode root;

    private OpenApiWalker(JsonNode root) {
        this.root = root;
    }

    static OpenApiWalker load() {
        try {
            return new OpenApiWalker(new YAMLMapper().readTree(DOCUMENT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DOCUMENT.toAbsolutePath(), e);
        }
    }

    /** Every operation, in the document's order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            JsonNode item = path.getValue();
            for (String method : HTTP_METHODS) {
                JsonNode operation = item.get(method.toLowerCase());
                if (operation == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : operation.path("parameters")) {
                    parameters.add(new Parameter(
                            p.path("name").asText(),
                            p.path("in").asText(),
                            p.path("required").asBoolean(false),
                            schema(p.get("schema"))));
                }
                Schema body = schema(operation
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .get("schema"));
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : operation.path("security")) {
                    requirement.fields().forEachRemaining(scheme -> scheme.getValue()
                            .forEach(r -> roles.add(r.asText())));
                }
                operations.add(new Operation(
                        method, path.getKey(), List.copyOf(parameters), body, List.copyOf(roles), accept(operation)));
            }
        });
        return operations;
    }

    /** Every role any operation names, in the document's order. */
    List<String> roles() {
        return operations().stream()
                .flatMap(op -> op.roles().stream())
                .distinct()
                .toList();
    }

    /** The methods the document declares for a path. */
    List<String> methodsOf(String path) {
        JsonNode item = root.path("paths").path(path);
        return HTTP_METHODS.stream().filter(m -> item.has(m.toLowerCase())).toList();
    }

    /** The fields of a body schema, nested ones included, in the document's order. */
    static List<Field> fields(Schema body) {
        List<Field> fields = new ArrayList<>();
        collect(body, List.of(), fields);
        return fields;
    }

    private static void collect(Schema object, List<Object> prefix, List<Field> fields) {
        object.properties().forEach((name, schema) -> {
            List<Object> location = new ArrayList<>(prefix);
            location.add(name);
            fields.add(
                    new Field(List.copyOf(location), schema, object.required().contains(name)));
            if ("array".equals(schema.type())
                    && schema.items() != null
                    && "object".equals(schema.items().type())) {
                location.add(0);
                collect(schema.items(), location, fields);
            }
        });
    }

    private Schema schema(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        String name = null;
        JsonNode merged = node;
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("Unresolvable $ref " + ref);
            }
            ObjectNode copy = target.deepCopy();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    copy.set(e.getKey(), e.getValue());
                }
            });
            merged = copy;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        merged.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), schema(e.getValue())));
        List<String> required = new ArrayList<>();
        merged.path("required").forEach(r -> required.add(r.asText()));
        List<String> enumValues = null;
        if (merged.has("enum")) {
            enumValues = new ArrayList<>();
            for (JsonNode v : merged.get("enum")) {
                enumValues.add(v.asText());
            }
        }
        JsonNode example = merged.has("examples") ? merged.get("examples").get(0) : merged.get("example");
        return new Schema(
                name,
                text(merged, "type"),
                text(merged, "format"),
                enumValues,
                text(merged, "pattern"),
                decimal(merged, "minimum"),
                decimal(merged, "maximum"),
                decimal(merged, "multipleOf"),
                merged.has("maxLength") ? merged.get("maxLength").asInt() : null,
                merged.has("minItems") ? merged.get("minItems").asInt() : null,
                merged.has("maxItems") ? merged.get("maxItems").asInt() : null,
                merged.path("uniqueItems").asBoolean(false),
                properties,
                required,
                schema(merged.get("items")),
                example);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? new BigDecimal(node.get(field).asText()) : null;
    }

    /** The media type of the operation's first 2xx answer with a body; JSON where none has one. */
    private static String accept(JsonNode operation) {
        var codes = operation.path("responses").fieldNames();
        while (codes.hasNext()) {
            String code = codes.next();
            var content = operation.path("responses").path(code).path("content").fieldNames();
            if (code.startsWith("2") && content.hasNext()) {
                return content.next();
            }
        }
        return "application/json";
    }
}
