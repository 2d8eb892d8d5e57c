package io.isoledger.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.asyncapi.v3._0_0.model.channel.Channel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.isoledger.analyticsfeed.FeedRecord;
import io.isoledger.analyticsfeed.FeedRecordTypes;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code openapi/asyncapi.yaml} is a valid AsyncAPI 3.0 document and lists exactly what the code
 * writes: every event type and version (with the superseded ones still on the topic), every feed
 * record type, every topic. The event schemas are referenced, not copied.
 */
class AsyncApiDocumentTest {

    private static final JsonNode DOCUMENT = AsyncApiDocument.read();

    /** The superseded versions events/README.md lists, still on the topic: see EventSchemaTest. */
    private static final Set<String> SUPERSEDED = Set.of(
            "isoledger.PatientEnrolled.v1",
            "isoledger.BloodTestRecorded.v1",
            "isoledger.ContraceptionConfirmed.v1",
            "isoledger.PrescriptionIssued.v1");

    static Stream<WireType<FeedRecord>> feedRecordTypes() {
        return FeedRecordTypes.ALL.all().stream();
    }

    @Test
    void theDocument_isValidAgainstTheAsyncApi300Schema() throws IOException {
        JsonSchema asyncApi;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApi = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(asyncApi.validate(DOCUMENT)).isEmpty();
        assertThat(DOCUMENT.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    /**
     * Read by a Java AsyncAPI 3 model (asyncapi-core), as a generator would. Its 1.0.0-RC2 reads the
     * {@code examples} of a Schema Object as schemas, which they are not (they are example values, and
     * the schema validation above accepts them), so they are left out of what it reads.
     */
    @Test
    void theDocument_readsAsAnAsyncApi3Model() throws IOException {
        JsonNode withoutExamples = DOCUMENT.deepCopy();
        withoutExamples.path("components").path("schemas").forEach(s -> ((ObjectNode) s).remove("examples"));
        AsyncAPI model = new YAMLMapper().treeToValue(withoutExamples, AsyncAPI.class);
        assertThat(model.getAsyncapi()).isEqualTo("3.0.0");
        assertThat(model.getChannels().values().stream()
                        .map(channel -> ((Channel) channel).getAddress())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        Topics.COMMANDS, Topics.EVENTS, Topics.REPLIES, Topics.DEAD_LETTERS, Topics.ANALYTICS);
        assertThat(model.getComponents().getMessages()).hasSizeGreaterThan(30);
    }

    @Test
    void everyTopic_isAChannel_withItsKey() throws IllegalAccessException {
        Set<String> topics = new HashSet<>();
        for (var field : Topics.class.getFields()) {
            String name = (String) field.get(null);
            if (name.startsWith("isoledger.")) {
                topics.add(name);
            }
        }
        Set<String> addresses = new HashSet<>();
        DOCUMENT.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).isEqualTo(topics);
        for (String topic : topics) {
            assertThat(AsyncApiDocument.messagesOf(DOCUMENT, topic))
                    .allSatisfy(message -> assertThat(message.at("/bindings/kafka/key"))
                            .as("%s key", message.path("name").asText())
                            .isNotEmpty());
        }
    }

    @Test
    void theEventsChannel_listsEveryTypeTheCodeWrites_andTheSupersededOnes_deprecated() {
        Set<String> written =
                EventTypes.ALL.all().stream().map(WireType::ceType).collect(Collectors.toSet());
        List<JsonNode> messages = AsyncApiDocument.messagesOf(DOCUMENT, Topics.EVENTS);
        Set<String> listed = names(messages);
        Set<String> expected = new HashSet<>(written);
        expected.addAll(SUPERSEDED);
        assertThat(listed).isEqualTo(expected);
        for (JsonNode message : messages) {
            String ceType = message.path("name").asText();
            assertThat(message.path("deprecated").asBoolean(false)).as(ceType).isEqualTo(SUPERSEDED.contains(ceType));
            assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText())
                    .isEqualTo(ceType);
            assertThat(message.at("/headers/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/EventHeaders");
        }
    }

    @Test
    void eachEventMessage_refersToItsSchemaFile_inDraft202012_insteadOfACopy() throws IOException {
        for (JsonNode message : AsyncApiDocument.messagesOf(DOCUMENT, Topics.EVENTS)) {
            String ceType = message.path("name").asText();
            JsonNode payload = message.path("payload");
            assertThat(payload.path("schemaFormat").asText())
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            assertThat(payload.path("schema").size())
                    .as("%s: only a $ref", ceType)
                    .isEqualTo(1);
            String ref = payload.at("/schema/$ref").asText();
            assertThat(ref).isEqualTo("./events/" + ceType + ".schema.json");
            JsonNode schema = WireJson.MAPPER.readTree(
                    AsyncApiDocument.FILE.getParent().resolve(ref).toFile());
            assertThat(schema.path("title").asText()).isEqualTo(ceType);
            assertThat(message.path("summary").asText()).isNotBlank();
        }
    }

    @Test
    void theAnalyticsChannel_listsExactlyTheFeedRecordTypes() {
        List<JsonNode> messages = AsyncApiDocument.messagesOf(DOCUMENT, Topics.ANALYTICS);
        assertThat(names(messages))
                .isEqualTo(feedRecordTypes().map(WireType::ceType).collect(Collectors.toSet()));
        for (JsonNode message : messages) {
            assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText())
                    .isEqualTo(message.path("name").asText());
            assertThat(message.at("/bindings/kafka/key/pattern").asText())
                    .isEqualTo(
                            DOCUMENT.at("/components/schemas/Pseudonym/pattern").asText());
        }
    }

    /** Each feed schema has a property per record component, all required, enums as in the code. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("feedRecordTypes")
    void eachFeedSchema_describesExactlyItsRecord(WireType<FeedRecord> type) {
        JsonNode schema = feedSchema(type);
        assertThat(schema.path("title").asText()).isEqualTo(type.ceType());
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        List<String> components = Arrays.stream(type.javaType().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        assertThat(fieldNames(schema.path("properties"))).containsExactlyElementsOf(components);
        assertThat(textValues(schema.path("required"))).containsExactlyInAnyOrderElementsOf(components);
        for (RecordComponent component : type.javaType().getRecordComponents()) {
            Class<?> enumType = enumOf(component);
            if (enumType != null) {
                JsonNode property = AsyncApiDocument.resolve(
                        DOCUMENT, schema.path("properties").path(component.getName()));
                JsonNode values = property.has("items") ? property.path("items").path("enum") : property.path("enum");
                assertThat(textValues(values))
                        .as("%s.%s", type.ceType(), component.getName())
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(enumType.getEnumConstants())
                                .map(Object::toString)
                                .toList());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feedRecordTypes")
    void eachFeedSchemasExamples_conformToIt(WireType<FeedRecord> type) {
        JsonNode schema = feedSchema(type);
        assertThat(schema.path("examples")).isNotEmpty();
        JsonSchema validator = AsyncApiDocument.validatorOf(DOCUMENT, schema);
        for (JsonNode example : schema.path("examples")) {
            assertThat(validator.validate(example)).isEmpty();
        }
    }

    /** The validators the on-topic test relies on do refuse: a missing field, a bad date, an extra id. */
    @Test
    void theValidators_refuseARecordThatBreaksItsSchema() throws IOException {
        JsonNode enrolled = WireJson.MAPPER.readTree(
                "{\"patientId\":\"P-1\",\"sex\":\"FEMALE\",\"birthDate\":\"2001-02-30\",\"weightKg\":58.5,"
                        + "\"canBecomePregnant\":true}");
        assertThat(AsyncApiDocument.eventSchema("isoledger.PatientEnrolled.v2").validate(enrolled))
                .extracting(Object::toString)
                .anySatisfy(error -> assertThat(error).contains("enrolledOn"))
                .anySatisfy(error -> assertThat(error).contains("birthDate"));
        JsonNode schema = feedSchema(FeedRecordTypes.ALL
                .byCeType("isoledger.analytics.ContraceptionFailureReported.v1")
                .orElseThrow());
        ObjectNode withAnId = (ObjectNode) schema.path("examples").get(0).deepCopy();
        withAnId.put("patientId", "P-1");
        assertThat(AsyncApiDocument.validatorOf(DOCUMENT, schema).validate(withAnId))
                .extracting(Object::toString)
                .anySatisfy(error -> assertThat(error).contains("patientId"));
    }

    @Test
    void theCommandsChannel_namesEveryCommandType() {
        Set<String> listed = textValues(DOCUMENT.at("/components/schemas/CommandEnvelope/properties/type/enum"));
        assertThat(listed)
                .isEqualTo(CommandTypes.ALL.all().stream().map(WireType::ceType).collect(Collectors.toSet()));
        assertThat(Command.class.getPermittedSubclasses()).hasSize(listed.size());
        assertThat(Event.class.getPermittedSubclasses())
                .hasSize(EventTypes.ALL.all().size());
    }

    @Test
    void everyInternalReference_resolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(DOCUMENT, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(DOCUMENT.at(ref.substring(1)).isMissingNode())
                        .as(ref)
                        .isFalse();
            } else {
                assertThat(Files.isRegularFile(AsyncApiDocument.FILE.getParent().resolve(ref)))
                        .as(ref)
                        .isTrue();
            }
        }
    }

    private static JsonNode feedSchema(WireType<FeedRecord> type) {
        JsonNode message = AsyncApiDocument.messagesOf(DOCUMENT, Topics.ANALYTICS).stream()
                .filter(m -> type.ceType().equals(m.path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message " + type.ceType()));
        return AsyncApiDocument.resolve(DOCUMENT, message.path("payload"));
    }

    private static Class<?> enumOf(RecordComponent component) {
        if (component.getType().isEnum()) {
            return component.getType();
        }
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isEnum()) {
            return element;
        }
        return null;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static Set<String> names(List<JsonNode> messages) {
        return messages.stream().map(m -> m.path("name").asText()).collect(Collectors.toSet());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> textValues(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> !n.isNull())
                .map(JsonNode::asText)
                .collect(Collectors.toSet());
    }
}
