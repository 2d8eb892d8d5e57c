package io.isoledger.api;

import static io.isoledger.api.Fixtures.enrol;
import static io.isoledger.api.Fixtures.patientPath;
import static io.isoledger.api.Fixtures.post;
import static io.isoledger.api.Fixtures.recently;
import static io.isoledger.api.Fixtures.sideEffect;
import static io.isoledger.api.Fixtures.wholeWorklist;
import static io.isoledger.api.Fixtures.worklistPatients;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Side-effect reports (R10, R11) and the clinician's worklist over HTTP, a page at a time. */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class LifecycleApiTestWorklistTest extends AuthenticatedApiTest {

    @Test
    void dryLips_isNotAnExpectedFlare_andRaisesNoAlert() {
        String patientId = enrol();
        post(patientPath(patientId) + "/side-effects", sideEffect())
                .statusCode(201)
                .body("events.type", contains("SideEffectReported"));
        get(patientPath(patientId) + "/side-effects")
                .then()
                .statusCode(200)
                .body("term", contains("DRY_LIPS"))
                .body("[0].expected", equalTo(false));
        get(patientPath(patientId) + "/alerts").then().body("size()", equalTo(0));
    }

    @Test
    void suicidalIdeation_raisesABlockingR10Alert_andPutsThePatientOnTheWorklist() {
        String patientId = enrol();
        String alertId = post(patientPath(patientId) + "/side-effects", suicidalIdeation())
                .statusCode(201)
                .body("events.type", contains("SideEffectReported", "SafetyAlertRaised"))
                .extract()
                .path("events[1].data.alertId");

        get(patientPath(patientId) + "/side-effects").then().body("[0].expected", equalTo(false));
        get(patientPath(patientId) + "/alerts")
                .then()
                .statusCode(200)
                .body("alertId", contains(alertId))
                .body("[0].rule", equalTo("R10"))
                .body("[0].blocking", equalTo(true))
                .body("[0].status", equalTo("OPEN"));
        Map<String, Object> entry = entryOf(patientId);
        assertThat(reasonCodes(entry)).contains("OPEN_ALERTS");
        // An alert counts from the day it was raised (the onset), never after today.
        assertThat(entry.get("attentionFrom")).isEqualTo(recently().toString());
    }

    @Test
    void theWorklist_comesAPageAtATime_longestWaitingFirst_thenByPatientId() {
        String patientId = enrol();
        post(patientPath(patientId) + "/side-effects", suicidalIdeation()).statusCode(201);
        List<Map<String, Object>> whole = wholeWorklist();

        assertThat(whole)
                .extracting(e -> e.get("patientId"))
                .contains(patientId)
                .doesNotHaveDuplicates();
        LocalDate horizon = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
        for (Map<String, Object> entry : whole) {
            assertThat(reasonCodes(entry)).as("reasons of %s", entry).isNotEmpty();
            assertThat(LocalDate.parse((String) entry.get("attentionFrom"))).isBeforeOrEqualTo(horizon);
        }
        Comparator<Map<String, Object>> order = Comparator.<Map<String, Object>, String>comparing(
                        e -> (String) e.get("attentionFrom"))
                .thenComparing(e -> (String) e.get("patientId"));
        assertThat(whole).isSortedAccordingTo(order);

        // Pages of two, one after the other, are the whole list's first entries in its order.
        List<Object> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<Object> ids = given().queryParam("attention", true)
                    .queryParam("page", page)
                    .queryParam("size", 2)
                    .get("/api/v1/patients")
                    .then()
                    .statusCode(200)
                    .body("size()", lessThanOrEqualTo(2))
                    .extract()
                    .jsonPath()
                    .getList("patientId");
            paged.addAll(ids);
        }
        assertThat(paged)
                .isEqualTo(whole.stream().limit(6).map(e -> e.get("patientId")).toList());
        given().queryParam("attention", true)
                .queryParam("page", whole.size())
                .queryParam("size", 1)
                .get("/api/v1/patients")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aFreshlyEnrolledPatient_isNotOnTheWorklist() {
        String patientId = enrol();
        assertThat(worklistPatients()).doesNotContain(patientId);
    }

    @Test
    void aPageOfSizeZero_isA400() {
        given().queryParam("size", 0)
                .get("/api/v1/patients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    private static Map<String, Object> suicidalIdeation() {
        return Map.of(
                "term", "SUICIDAL_IDEATION", "grade", 2, "onsetOn", recently().toString(), "reportedBy", "PRESCRIBER");
    }

    /** The worklist entry of one patient. */
    private static Map<String, Object> entryOf(String patientId) {
        return wholeWorklist().stream()
                .filter(e -> patientId.equals(e.get("patientId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(patientId + " is not on the worklist"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> reasonCodes(Map<String, Object> entry) {
        return ((List<Map<String, Object>>) entry.get("reasons"))
                .stream().map(r -> r.get("code")).toList();
    }
}
