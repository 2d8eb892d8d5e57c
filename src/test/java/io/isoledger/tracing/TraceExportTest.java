package io.isoledger.tracing;

import static io.isoledger.api.Fixtures.enrolment;
import static io.isoledger.api.Fixtures.newPatientId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.ProjectionCaughtUp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a collector named ({@code quarkus.otel.exporter.otlp.traces.endpoint}), the spans of a
 * command reach it over OTLP: {@link ExportOnlyWhenConfigured} keeps out of the way.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
@WithTestResource(FakeOtlpCollector.class)
class TraceExportTest extends AuthenticatedApiTest {

    @BeforeEach
    void caughtUp() {
        ProjectionCaughtUp.await();
    }

    @Test
    void withACollectorConfigured_aCommandsSpansAreExportedToIt() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body(enrolment(newPatientId()))
                .post("/api/v1/patients")
                .then()
                .statusCode(201);

        String collector =
                ConfigProvider.getConfig().getValue("quarkus.otel.exporter.otlp.traces.endpoint", String.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(RestAssured.get(collector + "/received")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .as("export requests to the collector")
                .isNotEmpty()
                .allSatisfy(request -> assertThat(request).startsWith("/v1/traces "))
                .anySatisfy(request ->
                        assertThat(request).as("holds the command's trace id").contains(traceId)));
    }
}
