package io.isoledger.analyticsfeed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.isoledger.eventlog.WireJson;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The feed rebuilt as an operator would: the service's feed stopped, its consumer group's offsets
 * reset to the start of the events topic, the feed started again. It folds every partition again
 * from the events alone and writes every record a second time, the same bytes; then it goes on.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class AnalyticsFeedRebuildTest extends AuthenticatedApiTest {

    @Inject
    AnalyticsFeed feed;

    @ConfigProperty(name = "isoledger.instance-id")
    String instanceId;

    @ConfigProperty(name = "isoledger.analytics.pseudonym-secret")
    String secret;

    @Test
    void theGroupsOffsetsResetToTheStart_writeEveryRecordAgainByteForByte_andTheFeedGoesOnFromTheEvents()
            throws Exception {
        EveryEventScenario course = new EveryEventScenario().run();
        String pseudonym = new Pseudonymiser(secret.getBytes(StandardCharsets.UTF_8)).pseudonymOf(course.patientId);
        int expected = (int) TopicRecords.all(Topics.EVENTS).stream()
                .filter(r -> course.patientId.equals(r.key()))
                .filter(r -> !"isoledger.WeightRecorded.v1".equals(TopicRecords.header(r, "ce_type")))
                .count();
        await().atMost(Duration.ofSeconds(60)).until(() -> copiesById(pseudonym).size() == expected);
        Map<String, List<ConsumerRecord<String, byte[]>>> before = copiesById(pseudonym);

        feed.stop();
        resetTheFeedsOffsetsToTheStart();
        feed.start("isoledger-analytics-feed");

        await().atMost(Duration.ofSeconds(120))
                .until(() -> copiesById(pseudonym).values().stream().allMatch(copies -> copies.size() > 1));
        Map<String, List<ConsumerRecord<String, byte[]>>> after = copiesById(pseudonym);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, copies) -> {
            ConsumerRecord<String, byte[]> first = copies.get(0);
            ConsumerRecord<String, byte[]> rebuilt = copies.get(copies.size() - 1);
            assertThat(rebuilt.offset()).isGreaterThan(first.offset());
            assertThat(rebuilt.key()).isEqualTo(first.key());
            assertThat(rebuilt.value())
                    .as(TopicRecords.header(first, "ce_type"))
                    .isEqualTo(first.value());
            assertThat(rebuilt.timestamp()).isEqualTo(first.timestamp());
            assertThat(TopicRecords.headers(rebuilt.headers())).isEqualTo(TopicRecords.headers(first.headers()));
        });

        // After the rebuild the feed goes on, its history folded from the events: the course's
        // supply of 20 mg a day covers the onset of a side effect reported now.
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "term",
                        "HEADACHE",
                        "grade",
                        1,
                        "onsetOn",
                        EveryEventScenario.day(0),
                        "reportedBy",
                        "PRESCRIBER"))
                .post("/api/v1/patients/" + course.patientId + "/side-effects")
                .then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> copiesById(pseudonym).size() == expected + 1);
        ConsumerRecord<String, byte[]> headache = copiesById(pseudonym).values().stream()
                .map(copies -> copies.get(0))
                .max(java.util.Comparator.comparingLong(r -> Long.parseLong(TopicRecords.header(r, "ce_sequence"))))
                .orElseThrow();
        JsonNode value = WireJson.MAPPER.readTree(headache.value());
        assertThat(value.get("term").asText()).isEqualTo("HEADACHE");
        assertThat(value.get("course").asInt()).isEqualTo(1);
        assertThat(value.get("dailyDoseMgBand").asText()).isEqualTo("1-20");
        assertThat(headache.value()).isEqualTo(foldedFromTheEvents(TopicRecords.header(headache, "ce_id")));
    }

    /**
     * What an operator does with kafka-consumer-groups.sh --reset-offsets --to-earliest: the group
     * must be empty, and the feed's member is static, so it is removed first.
     */
    private void resetTheFeedsOffsetsToTheStart() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", IsoLedgerTestEnvironment.bootstrapServers()))) {
            try {
                admin.removeMembersFromConsumerGroup(
                                AnalyticsFeed.GROUP,
                                new RemoveMembersFromConsumerGroupOptions(
                                        List.of(new MemberToRemove(instanceId + "-analytics-feed"))))
                        .all()
                        .get();
            } catch (java.util.concurrent.ExecutionException e) {
                // Gone already: nothing to remove.
            }
            Map<TopicPartition, OffsetAndMetadata> start = admin
                    .describeTopics(List.of(Topics.EVENTS))
                    .allTopicNames()
                    .get()
                    .get(Topics.EVENTS)
                    .partitions()
                    .stream()
                    .collect(Collectors.toMap(
                            p -> new TopicPartition(Topics.EVENTS, p.partition()), p -> new OffsetAndMetadata(0)));
            await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .untilAsserted(() -> admin.alterConsumerGroupOffsets(AnalyticsFeed.GROUP, start)
                            .all()
                            .get());
        }
    }

    /** The record a fold of the whole events topic gives the event with the feed id. */
    private byte[] foldedFromTheEvents(String feedId) {
        FeedFold fold = feed.newFold();
        for (ConsumerRecord<String, byte[]> event : TopicRecords.all(Topics.EVENTS)) {
            Optional<ProducerRecord<String, byte[]>> record;
            try {
                record = fold.apply(event);
            } catch (UnreadableEventException e) {
                continue;
            }
            if (record.isPresent()
                    && feedId.equals(TopicRecords.text(record.get().headers().lastHeader("ce_id")))) {
                return record.get().value();
            }
        }
        throw new AssertionError("no record " + feedId + " in a fold of the events");
    }

    /** Every copy of each of the pseudonym's records on the feed, by ce_id, in offset order. */
    private static Map<String, List<ConsumerRecord<String, byte[]>>> copiesById(String pseudonym) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byId = new LinkedHashMap<>();
        TopicRecords.all(Topics.ANALYTICS).stream()
                .filter(r -> pseudonym.equals(r.key()))
                .forEach(r -> byId.computeIfAbsent(TopicRecords.header(r, "ce_id"), id -> new ArrayList<>())
                        .add(r));
        return byId;
    }
}
