package io.isoledger.calendar;

import static io.isoledger.api.Fixtures.post;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.oneOf;

import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A patient's plan over HTTP: the earliest start and each step with its window and rule. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class PlanApiTest extends AuthenticatedApiTest {

    @Test
    void aPatientJustEnrolled_canStartAfterContraceptionsLeadTime_withEachStepAndItsWindow() {
        String patientId = Fixtures.newPatientId();
        post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);

        get(Course.path(patientId) + "/plan")
                .then()
                .statusCode(200)
                .body("phase", equalTo("BEFORE_A_COURSE"))
                .body("earliestStart", equalTo(Course.day(30)))
                .body("steps.rule", hasItems("R2", "R4", "R5", "R16", "R22"))
                .body("steps.find { it.rule == 'R4' }.from", equalTo(Course.day(0)))
                .body("steps.find { it.rule == 'R4' }.to", equalTo(Course.day(30)))
                .body("steps.find { it.rule == 'R16' }.state", equalTo("UPCOMING"));
    }

    @Test
    void aReadyPatient_canStartToday_withOnlyTheIssueAndTheDispensingLeft() {
        String patientId = Course.ready();

        get(Course.path(patientId) + "/plan")
                .then()
                .statusCode(200)
                .body("earliestStart", equalTo(Course.day(0)))
                .body("steps.findAll { !it.done }.rule", equalTo(java.util.List.of("R16", "R22")));
    }

    @Test
    void duringACourse_theNextSupplysStepsFollowTheCurrentOne() {
        String patientId = Course.started(); // 20 days from today
        get(Course.path(patientId) + "/plan")
                .then()
                .body("phase", equalTo("IN_A_COURSE"))
                .body("earliestStart", equalTo(Course.day(13)))
                .body("steps.find { it.rule == 'R2' }.done", equalTo(false));
    }

    @Test
    void aPlanForAnotherStart_andForThePatientThemself_andNotForAnAnalyst() {
        String patientId = Course.ready();
        get(Course.path(patientId) + "/plan?startOn=" + Course.day(40))
                .then()
                .body("startsOn", equalTo(Course.day(40)))
                .body("steps.find { it.rule == 'R4' }.done", equalTo(false))
                .body("steps.find { it.rule == 'R4' }.action", containsString("pregnancy test"));
        as(Tokens.forPatient(patientId))
                .get(Course.path(patientId) + "/plan")
                .then()
                .statusCode(200);
        as(Tokens.forPatient(Fixtures.newPatientId()))
                .get(Course.path(patientId) + "/plan")
                .then()
                .statusCode(403);
        as(Tokens.forRoles("pharmacy-1", Roles.PHARMACIST))
                .get(Course.path(patientId) + "/plan")
                .then()
                .statusCode(200);
        as(Tokens.forRoles("analyst-1", Roles.ANALYST))
                .get(Course.path(patientId) + "/plan")
                .then()
                .statusCode(403);
        get(Course.path(Fixtures.newPatientId()) + "/plan").then().statusCode(404);
        get(Course.path(patientId) + "/plan?startOn=tomorrow")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("startOn"));
    }

    @Test
    void theWorklist_listsTheStepsDueInARange_byDeadline() {
        String patientId = Fixtures.newPatientId();
        post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);

        get("/api/v1/worklist/due?from=" + Course.day(29) + "&to=" + Course.day(31) + "&size=500")
                .then()
                .statusCode(200)
                .body("findAll { it.patientId == '" + patientId + "' }.rule", hasItems("R2", "R4"))
                .body("windowTo", everyItem(org.hamcrest.Matchers.notNullValue()));
        List<String> deadlines = get("/api/v1/worklist/due?from=" + Course.day(0) + "&to=" + Course.day(31)
                        + "&size=500")
                .then()
                .statusCode(200)
                .body("state", everyItem(oneOf("UPCOMING", "OPEN", "CLOSING", "MISSED")))
                .extract()
                .path("windowTo");
        // Steps closing in the range come first, each part by deadline.
        int closing = (int)
                deadlines.stream().filter(d -> d.compareTo(Course.day(31)) <= 0).count();
        assertThat(deadlines.subList(0, closing)).isSorted();
        assertThat(deadlines.subList(closing, deadlines.size()))
                .isSorted()
                .allMatch(d -> d.compareTo(Course.day(31)) > 0);
        List<String> secondOfTwo = get("/api/v1/worklist/due?from=" + Course.day(0) + "&to=" + Course.day(31)
                        + "&size=1&page=1")
                .then()
                .statusCode(200)
                .extract()
                .path("windowTo");
        assertThat(secondOfTwo).isEqualTo(deadlines.subList(1, Math.min(2, deadlines.size())));
        as(Tokens.forRoles("pharmacy-1", Roles.PHARMACIST))
                .get("/api/v1/worklist/due?from=" + Course.day(0) + "&to=" + Course.day(1))
                .then()
                .statusCode(403);
        get("/api/v1/worklist/due?from=" + Course.day(5) + "&to=" + Course.day(1))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
        get("/api/v1/worklist/due?from=" + Course.day(0)).then().statusCode(400);
    }
}
