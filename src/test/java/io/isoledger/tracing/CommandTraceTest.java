package io.isoledger.tracing;

import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.analyticsfeed.TopicRecords;
import io.isoledger.eventlog.Topics;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ProjectionCaughtUp;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a command from its HTTP request through the commands topic, the decider, the
 * events topic and every projector, and back through the replies topic; the events on the topic
 * carry its {@code traceparent} for readers outside the service.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
@TestProfile(CommandTraceTest.SpansInMemory.class)
class CommandTraceTest extends AuthenticatedApiTest {

    public static class SpansInMemory implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(InMemorySpans.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    private static final AttributeKey<String> TYPE = AttributeKey.stringKey("isoledger.type");
    private static final AttributeKey<String> PROJECTOR = AttributeKey.stringKey("isoledger.projector");

    /** A caller's own trace: the service continues it. */
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void caughtUp() {
        ProjectionCaughtUp.await();
    }

    @Test
    void aCommand_isOneTrace_fromHttpThroughTheDeciderToTheProjectorsAndTheReply() {
        String patientId = newPatientId();
        given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .body(enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);

        Set<String> projectors = Set.of("projector", "analytics");
        List<SpanData> trace = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ofTrace(TRACE_ID),
                        found -> projectedBy(found).containsAll(projectors)
                                && found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));

        SpanData http = only(trace, SpanKind.SERVER, null);
        assertThat(http.getParentSpanId()).as("the caller's span").isEqualTo(CALLER_SPAN);
        assertThat(http.getName()).isEqualTo("POST /api/v1/patients");

        SpanData send = only(trace, SpanKind.PRODUCER, "send " + Topics.COMMANDS);
        assertThat(send.getParentSpanId()).isEqualTo(http.getSpanId());
        assertThat(send.getAttributes().get(TYPE)).isEqualTo("EnrollPatient");

        SpanData decide = only(trace, SpanKind.CONSUMER, "process " + Topics.COMMANDS);
        assertThat(decide.getParentSpanId())
                .as("the decider continues the sender's span")
                .isEqualTo(send.getSpanId());
        assertThat(decide.getAttributes().get(TYPE)).isEqualTo("EnrollPatient");

        List<SpanData> projected = named(trace, "process " + Topics.EVENTS);
        assertThat(projected).allSatisfy(span -> {
            assertThat(span.getParentSpanId()).isEqualTo(decide.getSpanId());
            assertThat(span.getAttributes().get(TYPE)).isEqualTo("PatientEnrolled");
        });

        SpanData reply = only(trace, SpanKind.CONSUMER, "process " + Topics.REPLIES);
        assertThat(reply.getParentSpanId()).isEqualTo(decide.getSpanId());

        String traceparent = TopicRecords.all(Topics.EVENTS).stream()
                .filter(record -> patientId.equals(record.key()))
                .map(record -> TopicRecords.header(record, "traceparent"))
                .findFirst()
                .orElseThrow();
        assertThat(traceparent).isEqualTo("00-" + TRACE_ID + "-" + decide.getSpanId() + "-01");
    }

    @Test
    void noSpanNamesThePatient() {
        String patientId = newPatientId();
        given().contentType(ContentType.JSON)
                .body(enrolment(patientId))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getName().equals("process " + Topics.COMMANDS)));
        assertThat(spans.getFinishedSpanItems())
                .allSatisfy(span -> assertThat(span.getAttributes().toString() + span.getName())
                        .doesNotContain(patientId));
    }

    private List<SpanData> ofTrace(String traceId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId))
                .toList();
    }

    private static Set<String> projectedBy(List<SpanData> trace) {
        return named(trace, "process " + Topics.EVENTS).stream()
                .map(span -> span.getAttributes().get(PROJECTOR))
                .collect(Collectors.toSet());
    }

    private static List<SpanData> named(List<SpanData> trace, String name) {
        return trace.stream().filter(span -> span.getName().equals(name)).toList();
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind, String name) {
        List<SpanData> found = trace.stream()
                .filter(span -> span.getKind() == kind
                        && (name == null || span.getName().equals(name)))
                .toList();
        assertThat(found).as("%s %s in %s", kind, name, trace).hasSize(1);
        return found.get(0);
    }
}
