package io.isoledger.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import io.isoledger.eventlog.Topics;
import io.isoledger.hostile.HostileCorpus.Ids;
import io.isoledger.hostile.HttpSender.Reply;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A corpus of hostile requests generated from the committed OpenAPI document, sent over HTTP to the
 * running service (real Kafka and PostgreSQL) against a freshly enrolled patient. Every one must be
 * answered with the 4xx an integration team expects, as an RFC 9457 problem whose {@code status}
 * is the HTTP status, naming the malformed field where there is one, and none may append an event:
 * afterwards the patient still has exactly its enrolment, and no unknown patient was enrolled.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class HostileRequestCorpusTest {

    private static final int MINIMUM_CORPUS = 200;

    @TestHTTPResource("/")
    URL root;

    @TestFactory
    Stream<DynamicNode> everyHostileRequestIsRefusedWithAProblemAndAppendsNothing() throws Exception {
        HttpSender http = new HttpSender(root.toString(), HostileTokens.CLINIC);
        Ids ids = new Ids(enrolFreshPatient(http), "NOBODY");
        OpenApiWalker api = OpenApiWalker.load();
        List<HostileRequest> corpus = new HostileCorpus(api, ids).generate();

        Map<String, List<HostileRequest>> byCategory = corpus.stream()
                .collect(Collectors.groupingBy(HostileRequest::category, LinkedHashMap::new, Collectors.toList()));
        System.out.println("Hostile corpus: " + corpus.size() + " requests over "
                + api.operations().size()
                + " operations; by category: "
                + new TreeMap<>(byCategory)
                        .entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue().size())
                                .collect(Collectors.joining(", ")));

        DynamicTest size = dynamicTest(
                "the corpus holds at least " + MINIMUM_CORPUS + " requests (" + corpus.size() + ")",
                () -> assertTrue(corpus.size() >= MINIMUM_CORPUS, "only " + corpus.size() + " requests"));
        Stream<DynamicNode> groups = byCategory.entrySet().stream()
                .map(e -> dynamicContainer(
                        e.getKey() + " (" + e.getValue().size() + ")",
                        e.getValue().stream().map(r -> dynamicTest(r.displayName(), () -> assertRefused(http, r)))));
        DynamicTest nothingAppended = dynamicTest(
                "nothing was appended: the fresh patient has only its enrolment, no unknown patient was enrolled",
                () -> assertNothingAppended(http, ids));
        return Stream.of(Stream.<DynamicNode>of(size), groups, Stream.<DynamicNode>of(nothingAppended))
                .flatMap(s -> s);
    }

    /** Guards the generator: each operation's baseline request passes validation, so each mutation is the one fault. */
    @TestFactory
    Stream<DynamicTest> everyBaselineRequestPassesValidation() throws Exception {
        HttpSender http = new HttpSender(root.toString(), HostileTokens.CLINIC);
        // Sent to a patient of their own; the enrolment's baseline enrols a new BASELINE-... patient.
        Ids ids = new Ids(enrolFreshPatient(http), "BASELINE");
        OpenApiWalker api = OpenApiWalker.load();
        HostileCorpus corpus = new HostileCorpus(api, ids);
        return api.operations().stream()
                .filter(op -> op.body() != null)
                .map(op -> dynamicTest(op + " with its baseline body", () -> {
                    Reply reply = http.postJson(corpus.path(op), HostileCorpus.write(corpus.baseline(op)));
                    assertTrue(
                            reply.status() < 500 && reply.status() != 400 && reply.status() != 415,
                            "the baseline of " + op + " is not valid: " + reply.describe());
                }));
    }

    static void assertRefused(HttpSender http, HostileRequest r) throws Exception {
        Reply reply;
        try {
            reply = http.send(r);
        } catch (java.io.IOException e) {
            fail(r.displayName() + "\nno HTTP answer (" + e + ") to\n" + r.describe());
            return;
        }
        List<String> wrong = new ArrayList<>();
        if (reply.status() < 400 || reply.status() >= 500) {
            wrong.add("status " + reply.status() + " is not 4xx");
        } else if (!r.expectedStatus().contains(reply.status())) {
            wrong.add("status " + reply.status() + ", expected " + one(r.expectedStatus()));
        }
        if (!reply.mediaType().equals("application/problem+json")) {
            wrong.add("Content-Type " + reply.mediaType() + ", expected application/problem+json");
        }
        JsonNode problem = reply.json();
        if (problem == null || !problem.isObject()) {
            wrong.add("the body is not a JSON object");
        } else {
            if (!problem.path("status").isInt() || problem.path("status").intValue() != reply.status()) {
                wrong.add("problem status " + problem.path("status") + " is not the HTTP status " + reply.status());
            }
            if (r.expectedField() != null && reply.status() == 400) {
                Set<String> named = new HashSet<>();
                problem.path("errors").forEach(e -> named.add(e.path("field").asText()));
                // The field itself, or something inside it: results[0].unit is inside results.
                boolean names = named.stream()
                        .anyMatch(f -> f.equals(r.expectedField())
                                || f.startsWith(r.expectedField() + "[")
                                || f.startsWith(r.expectedField() + "."));
                if (!names) {
                    wrong.add("errors[].field names " + (named.isEmpty() ? "nothing" : named) + ", expected "
                            + r.expectedField());
                }
            }
        }
        if (!wrong.isEmpty()) {
            fail(r.displayName() + "\n" + String.join("; ", wrong) + "\nrequest: " + r.describe() + "\nresponse: "
                    + reply.describe());
        }
    }

    static void assertNothingAppended(HttpSender http, Ids ids) throws Exception {
        List<String> wrong = new ArrayList<>();
        Reply events = http.get("/api/v1/patients/" + ids.patient + "/events");
        JsonNode list = events.json();
        if (events.status() != 200 || list == null) {
            wrong.add("GET /events of the fresh patient: " + events.describe());
        } else if (list.size() != 1) {
            List<String> listed = new ArrayList<>();
            list.forEach(e -> listed.add(
                    e.path("sequence").asText() + " " + e.path("type").asText()));
            wrong.add("GET /events of the fresh patient lists " + list.size() + " events, expected only its enrolment: "
                    + listed);
        }
        // The events topic itself, the source of truth, whether or not the projector kept up.
        Set<String> watched = new HashSet<>(ids.mustStayUnknown);
        watched.add(ids.patient);
        Map<String, List<String>> appended = eventsOnTopicFor(watched);
        List<String> ofPatient = appended.getOrDefault(ids.patient, List.of());
        if (ofPatient.size() != 1) {
            wrong.add("the events topic holds " + ofPatient.size() + " events of the fresh patient: " + ofPatient);
        }
        appended.remove(ids.patient);
        if (!appended.isEmpty()) {
            wrong.add("the events topic holds events of patients that must stay unknown: " + appended);
        }
        for (String unknown : ids.mustStayUnknown) {
            Reply reply = http.get("/api/v1/patients/" + unknown);
            if (reply.status() != 404) {
                wrong.add("GET /patients/" + unknown + " answers " + reply.status());
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    /** Each watched patient's events on the events topic, as "sequence type data". */
    private static Map<String, List<String>> eventsOnTopicFor(Set<String> patients) {
        Properties props = new Properties();
        props.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, List<String>> found = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read the events topic to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (patients.contains(record.key())) {
                        String type = record.headers().lastHeader("ce_type") == null
                                ? "?"
                                : new String(
                                        record.headers().lastHeader("ce_type").value());
                        found.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(type + " " + Text.printable(new String(record.value()), 200));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Enrols a new patient; right after the service started, the event log may answer 503 for a
     * while. The retries carry one Idempotency-Key, so a first attempt that was recorded after all
     * answers 201 again instead of 409.
     */
    static String enrolFreshPatient(HttpSender http) {
        String patient = "HX-" + UUID.randomUUID().toString().substring(0, 13);
        byte[] body = ("{\"patientId\":\"" + patient + "\",\"sex\":\"FEMALE\","
                        + "\"birthDate\":\"2001-04-02\",\"weightKg\":58.5,\"canBecomePregnant\":true}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(HostileRequest.jsonHeaders());
        headers.put("Idempotency-Key", "enrol-" + patient);
        java.util.concurrent.atomic.AtomicReference<Reply> last = new java.util.concurrent.atomic.AtomicReference<>();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    last.set(http.send("POST", "/api/v1/patients", headers, body, false));
                    return last.get().status() != 503;
                });
        assertEquals(201, last.get().status(), last.get().describe());
        return patient;
    }

    private static String one(Set<Integer> statuses) {
        return statuses.size() == 1 ? statuses.iterator().next().toString() : "one of " + statuses;
    }
}
