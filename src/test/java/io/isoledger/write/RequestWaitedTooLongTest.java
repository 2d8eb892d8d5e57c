package io.isoledger.write;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.isoledger.domain.Sex;
import io.isoledger.domain.command.EnrollPatient;
import io.isoledger.eventlog.CommandEnvelope;
import io.isoledger.eventlog.CommandGateway;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A write's reply timeout runs from the request's arrival, not from when a worker thread took it up:
 * under more load than the service decides, a request that already waited the whole timeout in the
 * queue is refused unsent (503, "nothing was recorded") instead of being sent late and answered
 * long after its caller gave up. One that arrived just now is sent and decided.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class RequestWaitedTooLongTest extends AuthenticatedApiTest {

    @Inject
    CommandGateway gateway;

    @Test
    void aRequestThatWaitedOutItsTimeout_isRefusedUnsent_andRecordsNothing() {
        String patientId = "W-" + UUID.randomUUID().toString().substring(0, 10);
        long arrivedLongAgo = System.nanoTime() - Duration.ofMinutes(1).toNanos();

        assertThatThrownBy(() -> gateway.send(enrolment(patientId), arrivedLongAgo))
                .isInstanceOfSatisfying(LogUnavailableException.class, e -> {
                    assertThat(e.sent()).isFalse();
                    assertThat(e.getMessage()).contains("overloaded");
                });
        given().get("/api/v1/patients/" + patientId).then().statusCode(404);

        Reply reply = gateway.send(enrolment(patientId), System.nanoTime());
        assertThat(reply).isInstanceOf(Reply.Accepted.class);
    }

    private static CommandEnvelope enrolment(String patientId) {
        return new CommandEnvelope(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "test",
                Instant.now(),
                null,
                null,
                new EnrollPatient(
                        patientId, Sex.MALE, LocalDate.of(1990, 1, 1), new BigDecimal("70"), false, LocalDate.now()));
    }
}
