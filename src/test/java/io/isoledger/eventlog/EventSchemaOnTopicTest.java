package io.isoledger.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.isoledger.analyticsfeed.EveryEventScenario;
import io.isoledger.analyticsfeed.FeedRecordTypes;
import io.isoledger.analyticsfeed.Pseudonymiser;
import io.isoledger.analyticsfeed.TopicRecords;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What a consumer reads from the topics conforms to the published contract: every event type,
 * written through the API and read back from {@value Topics#EVENTS}, validates against its schema
 * file, its headers against the AsyncAPI document's; so does every record of the analytics feed.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class EventSchemaOnTopicTest extends AuthenticatedApiTest {

    private static final JsonNode ASYNCAPI = AsyncApiDocument.read();

    @ConfigProperty(name = "isoledger.analytics.pseudonym-secret")
    String secret;

    @Test
    void everyEventTypeWrittenThroughTheApi_validatesOnTheTopic_againstItsSchemaAndHeaders() throws IOException {
        EveryEventScenario course = new EveryEventScenario().run();

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.all(Topics.EVENTS).stream()
                .filter(r -> course.patientId.equals(r.key()))
                .toList();

        assertThat(events.stream().map(r -> TopicRecords.header(r, "ce_type")).collect(Collectors.toSet()))
                .as("every type the code writes")
                .isEqualTo(EventTypes.ALL.all().stream().map(WireType::ceType).collect(Collectors.toSet()));
        for (ConsumerRecord<String, byte[]> event : events) {
            String ceType = TopicRecords.header(event, "ce_type");
            assertThat(AsyncApiDocument.eventSchema(ceType).validate(WireJson.MAPPER.readTree(event.value())))
                    .as("%s at sequence %s", ceType, TopicRecords.header(event, "ce_sequence"))
                    .isEmpty();
            assertThat(headersSchema(Topics.EVENTS, ceType).validate(headers(event)))
                    .as("%s headers", ceType)
                    .isEmpty();
        }
    }

    @Test
    void everyFeedRecordType_validatesOnTheTopic_againstItsAsyncApiSchemaAndHeaders() throws IOException {
        EveryEventScenario course = new EveryEventScenario().run();
        String pseudonym = new Pseudonymiser(secret.getBytes(StandardCharsets.UTF_8)).pseudonymOf(course.patientId);
        int types = FeedRecordTypes.ALL.all().size();

        List<ConsumerRecord<String, byte[]>> feed = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> TopicRecords.all(Topics.ANALYTICS).stream()
                                .filter(r -> pseudonym.equals(r.key()))
                                .toList(),
                        records -> ceTypes(records).size() == types);

        for (ConsumerRecord<String, byte[]> record : feed) {
            String ceType = TopicRecords.header(record, "ce_type");
            assertThat(payloadSchema(ceType).validate(WireJson.MAPPER.readTree(record.value())))
                    .as(ceType)
                    .isEmpty();
            assertThat(headersSchema(Topics.ANALYTICS, ceType).validate(headers(record)))
                    .as("%s headers", ceType)
                    .isEmpty();
        }
    }

    private static JsonSchema headersSchema(String topic, String ceType) {
        return AsyncApiDocument.validatorOf(ASYNCAPI, message(topic, ceType).path("headers"));
    }

    private static JsonSchema payloadSchema(String ceType) {
        return AsyncApiDocument.validatorOf(
                ASYNCAPI, message(Topics.ANALYTICS, ceType).path("payload"));
    }

    private static JsonNode message(String topic, String ceType) {
        return AsyncApiDocument.messagesOf(ASYNCAPI, topic).stream()
                .filter(m -> ceType.equals(m.path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message " + ceType + " on " + topic));
    }

    /** The record's headers as the JSON object the headers schema describes: UTF-8 strings. */
    private static JsonNode headers(ConsumerRecord<String, byte[]> record) {
        ObjectNode headers = WireJson.MAPPER.createObjectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static Set<String> ceTypes(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> TopicRecords.header(r, "ce_type")).collect(Collectors.toSet());
    }
}
