package io.isoledger.analyticsfeed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.isoledger.eventlog.Topics;
import io.isoledger.eventlog.UnreadableEventException;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analytics feed as its readers see it on {@value Topics#ANALYTICS}: a course that writes every
 * event type, full of identifying values, goes through the API; the feed holds none of them.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsFeedTest extends AuthenticatedApiTest {

    @Inject
    AnalyticsFeed feed;

    @ConfigProperty(name = "isoledger.analytics.pseudonym-secret")
    String secret;

    private EveryEventScenario course;
    private String otherPatient;
    private Pseudonymiser pseudonyms;

    /** Once for the class (the clinic's token is set before each test, so not in a BeforeAll). */
    @BeforeEach
    void writeTheCoursesOnce() {
        if (course != null) {
            return;
        }
        course = new EveryEventScenario().run();
        otherPatient = EveryEventScenario.anotherPatient();
        pseudonyms = new Pseudonymiser(secret.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> feedOf(course.patientId).size() == expectedRecords(course.patientId)
                        && feedOf(otherPatient).size() == 1);
    }

    @Test
    void everyEventButAWeight_hasOneRecord_ofEveryFeedRecordType() {
        assertThat(expectedRecords(course.patientId))
                .isGreaterThanOrEqualTo(FeedRecordTypes.ALL.all().size());
        assertThat(feedOf(course.patientId)).hasSize(expectedRecords(course.patientId));
        Set<String> types = feedOf(course.patientId).stream()
                .map(r -> TopicRecords.header(r, "ce_type"))
                .collect(Collectors.toSet());
        assertThat(types)
                .isEqualTo(
                        FeedRecordTypes.ALL.all().stream().map(t -> t.ceType()).collect(Collectors.toSet()));
    }

    @Test
    void eachRecord_isOnTheFeedOnce_inTheOrderOfItsEvents() {
        String pseudonym = pseudonyms.pseudonymOf(course.patientId);
        List<Long> sequences = TopicRecords.all(Topics.ANALYTICS).stream()
                .filter(r -> pseudonym.equals(r.key()))
                .map(r -> Long.parseLong(TopicRecords.header(r, "ce_sequence")))
                .toList();
        assertThat(sequences)
                .hasSize(expectedRecords(course.patientId))
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void noIdentifyingValue_isInAnyRecordsValueKeyOrHeaders_onTheWholeFeed() {
        List<String> identifying = new ArrayList<>(course.identifyingValues());
        identifying.add(otherPatient);
        eventsOf(course.patientId).forEach(e -> identifying.add(TopicRecords.header(e, "ce_id")));
        List<ConsumerRecord<String, byte[]>> feedRecords = TopicRecords.all(Topics.ANALYTICS);
        assertThat(feedRecords).hasSizeGreaterThanOrEqualTo(expectedRecords(course.patientId));
        for (ConsumerRecord<String, byte[]> record : feedRecords) {
            String text = everythingIn(record);
            for (String value : identifying) {
                assertThat(text)
                        .as("feed record at %d-%d", record.partition(), record.offset())
                        .doesNotContain(value);
            }
        }
    }

    @Test
    void aPatientsRecords_shareOnePseudonym_asKeyAndSubject_andAnotherPatientHasAnother() {
        String pseudonym = pseudonyms.pseudonymOf(course.patientId);
        assertThat(feedOf(course.patientId)).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(pseudonym);
            assertThat(TopicRecords.header(r, "ce_subject")).isEqualTo(pseudonym);
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("\"pseudonym\":\"" + pseudonym + "\"");
        });
        assertThat(feedOf(otherPatient)).singleElement().satisfies(r -> assertThat(r.key())
                .isNotEqualTo(pseudonym)
                .isEqualTo(pseudonyms.pseudonymOf(otherPatient)));
    }

    @Test
    void aSecondRunOfTheMapping_overTheEventsTopicFromItsStart_writesTheSameRecordsByteForByte() {
        Map<String, ProducerRecord<String, byte[]>> rebuilt = new LinkedHashMap<>();
        FeedFold fold = feed.newFold();
        for (ConsumerRecord<String, byte[]> event : TopicRecords.all(Topics.EVENTS)) {
            try {
                fold.apply(event)
                        .ifPresent(r -> rebuilt.putIfAbsent(
                                TopicRecords.text(r.headers().lastHeader("ce_id")), r));
            } catch (UnreadableEventException e) {
                // The poison the dead-letter tests write: the feed has no record of it either.
            }
        }
        for (String patientId : List.of(course.patientId, otherPatient)) {
            List<ConsumerRecord<String, byte[]>> written = feedOf(patientId);
            assertThat(written).isNotEmpty();
            for (ConsumerRecord<String, byte[]> record : written) {
                ProducerRecord<String, byte[]> again = rebuilt.get(TopicRecords.header(record, "ce_id"));
                assertThat(again)
                        .as("rebuilt %s", TopicRecords.header(record, "ce_type"))
                        .isNotNull();
                assertThat(again.key()).isEqualTo(record.key());
                assertThat(again.value()).isEqualTo(record.value());
                assertThat(again.timestamp()).isEqualTo(record.timestamp());
                assertThat(TopicRecords.headers(again.headers())).isEqualTo(TopicRecords.headers(record.headers()));
            }
        }
    }

    @Test
    void theFeedsThread_isInTheLivenessCheck() {
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'consumer-threads' }.data.analytics-feed", equalTo("alive"));
    }

    /** The feed records of a patient, each once (a rebuild test may have written them twice). */
    private List<ConsumerRecord<String, byte[]>> feedOf(String patientId) {
        String pseudonym = pseudonyms.pseudonymOf(patientId);
        Map<String, ConsumerRecord<String, byte[]>> byId = new LinkedHashMap<>();
        TopicRecords.all(Topics.ANALYTICS).stream()
                .filter(r -> pseudonym.equals(r.key()))
                .forEach(r -> byId.putIfAbsent(TopicRecords.header(r, "ce_id"), r));
        return new ArrayList<>(byId.values());
    }

    private static List<ConsumerRecord<String, byte[]>> eventsOf(String patientId) {
        return TopicRecords.all(Topics.EVENTS).stream()
                .filter(r -> patientId.equals(r.key()))
                .toList();
    }

    private static int expectedRecords(String patientId) {
        return (int) eventsOf(patientId).stream()
                .filter(r -> !"isoledger.WeightRecorded.v1".equals(TopicRecords.header(r, "ce_type")))
                .count();
    }

    private static String everythingIn(ConsumerRecord<String, byte[]> record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.key()));
        text.append('\n').append(new String(record.value(), StandardCharsets.UTF_8));
        for (Header header : record.headers()) {
            text.append('\n').append(header.key()).append('=').append(TopicRecords.text(header));
        }
        return text.toString();
    }
}
