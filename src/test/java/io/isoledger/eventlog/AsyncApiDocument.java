package io.isoledger.eventlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code openapi/asyncapi.yaml} as the tests read it, and JSON Schema validators of its schemas. */
public final class AsyncApiDocument {

    public static final Path FILE = Path.of("openapi", "asyncapi.yaml");
    public static final Path EVENT_SCHEMAS = Path.of("openapi", "events");
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private AsyncApiDocument() {}

    public static JsonNode read() {
        try {
            return new YAMLMapper().readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of the channel on the topic, resolved from the components. */
    public static List<JsonNode> messagesOf(JsonNode document, String topic) {
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode channel : document.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                channel.path("messages").forEach(ref -> messages.add(resolve(document, ref)));
            }
        }
        return messages;
    }

    /** The node an internal {@code $ref} names, or the node itself. */
    public static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }

    /**
     * A draft 2020-12 validator of the schema at {@code pointer} in the document's components (a
     * payload or headers schema), whose {@code #/components/...} references resolve in the document.
     * Formats (dates, UUIDs) are asserted, not only annotated.
     */
    public static JsonSchema validatorOf(JsonNode document, JsonNode schema) {
        ObjectNode root = WireJson.MAPPER.createObjectNode();
        root.put("$schema", DRAFT_2020_12);
        root.set("allOf", root.arrayNode().add(schema));
        root.set("components", document.path("components"));
        return draft202012().getSchema(root, assertingFormats());
    }

    /** A validator of the event schema file named after the CloudEvents type. */
    public static JsonSchema eventSchema(String ceType) {
        try {
            JsonNode schema = WireJson.MAPPER.readTree(
                    EVENT_SCHEMAS.resolve(ceType + ".schema.json").toFile());
            return draft202012().getSchema(schema, assertingFormats());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchemaFactory draft202012() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    }

    private static SchemaValidatorsConfig assertingFormats() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }
}
