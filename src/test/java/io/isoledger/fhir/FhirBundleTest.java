package io.isoledger.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.isoledger.api.Fixtures;
import io.isoledger.http.Roles;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * GET …/fhir: a full course with every kind of fact, exported as a FHIR R4 Bundle that HAPI parses
 * and its validator accepts resource by resource; who may read it; stable ids.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class FhirBundleTest extends AuthenticatedApiTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFullCourse_isExportedAsAValidBundle_withEveryKindOfFact() throws Exception {
        Course course = Course.drive();

        Bundle during = parse(fetch(course.patientId()));
        assertThat(only(during, MedicationRequest.class).getStatus())
                .isEqualTo(MedicationRequest.MedicationRequestStatus.ACTIVE);
        assertThat(only(during, EpisodeOfCare.class).getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);

        course.end();
        String body = fetch(course.patientId());
        Bundle bundle = parse(body);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        FhirBundleAssertions.assertCourse(bundle, course.patientId());
        assertValid(body);
    }

    @Test
    void twoFetches_giveTheSameIdsAndResources() {
        Course course = Course.drive();
        course.end();
        Bundle first = parse(fetch(course.patientId()));
        Bundle second = parse(fetch(course.patientId()));
        assertThat(ids(second)).isEqualTo(ids(first)).doesNotHaveDuplicates().hasSizeGreaterThan(10);
        assertThat(second.getEntry())
                .extracting(Bundle.BundleEntryComponent::getFullUrl)
                .isEqualTo(first.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getFullUrl)
                        .toList());
        for (int i = 0; i < first.getEntry().size(); i++) {
            Resource a = first.getEntry().get(i).getResource();
            Resource b = second.getEntry().get(i).getResource();
            assertThat(FHIR.newJsonParser().encodeResourceToString(b))
                    .isEqualTo(FHIR.newJsonParser().encodeResourceToString(a));
        }
    }

    @Test
    void theClinicalRolesAndThePatientThemself_mayRead_othersMayNot() {
        String patientId = enrol();
        String path = path(patientId);
        for (String role : List.of(Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST)) {
            as(Tokens.forRoles("reader", role)).get(path).then().statusCode(200);
        }
        as(Tokens.forPatient(patientId)).get(path).then().statusCode(200);
        as(Tokens.forPatient(Fixtures.newPatientId()))
                .get(path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        for (String role : List.of(Roles.ANALYST, Roles.ADMIN)) {
            as(Tokens.forRoles("someone", role)).get(path).then().statusCode(403);
        }
        RestAssured.requestSpecification = null;
        given().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownPatient_isA404Problem() {
        given().get(path(Fixtures.newPatientId()))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void theBody_isFhirJson_andOnlyThat() {
        String patientId = enrol();
        given().accept("application/fhir+json")
                .get(path(patientId))
                .then()
                .statusCode(200)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("collection"))
                .body("entry[0].resource.resourceType", equalTo("Patient"))
                .body("entry[0].resource.id", equalTo(patientId));
        given().accept("application/json").get(path(patientId)).then().statusCode(406);
    }

    /** Every entry's resource, and the Bundle as a whole, without an error or a fatal message. */
    private static void assertValid(String body) throws Exception {
        R4Validator validator = R4Validator.get();
        List<R4Validator.Message> problems = new ArrayList<>();
        List<R4Validator.Message> all = new ArrayList<>(validator.validate(body));
        for (JsonNode entry : JSON.readTree(body).path("entry")) {
            all.addAll(validator.validate(JSON.writeValueAsString(entry.path("resource"))));
        }
        all.forEach(m -> {
            if (m.isErrorOrFatal() || !FhirBundleAssertions.tolerated(m)) {
                problems.add(m);
            }
        });
        System.out.println("FHIR validation: " + all.size() + " messages");
        all.forEach(m -> System.out.println("  " + m));
        assertThat(problems)
                .as("validation messages neither tolerated nor informational")
                .isEmpty();
        assertThat(validator.offHostConnections())
                .as("the validator works offline")
                .isEmpty();
    }

    static String path(String patientId) {
        return "/api/v1/patients/" + patientId + "/fhir";
    }

    private static String fetch(String patientId) {
        return given().get(path(patientId)).then().statusCode(200).extract().asString();
    }

    private static Bundle parse(String body) {
        return FHIR.newJsonParser().parseResource(Bundle.class, body);
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(e -> e.getResource().fhirType() + "/" + e.getResource().getIdPart())
                .toList();
    }

    static <T extends Resource> T only(Bundle bundle, Class<T> type) {
        List<T> found = FhirBundleAssertions.all(bundle, type);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String enrol() {
        String patientId = Fixtures.newPatientId();
        Fixtures.post("/api/v1/patients", Fixtures.enrolment(patientId)).statusCode(201);
        return patientId;
    }

    /** A course with every kind of fact the export carries, driven over HTTP as the clinic would. */
    record Course(String patientId) {

        static final ZoneId CLINIC = ZoneId.of("Asia/Tokyo");

        static Course drive() {
            Course c = new Course(enrol());
            c.post("/contraception", Map.of("methods", List.of("IUD", "CONDOM"), "startedOn", day(-40)));
            c.post("/pregnancy-tests", Map.of("sampledOn", day(-2), "result", "NEGATIVE", "method", "URINE"));
            c.post(
                    "/blood-tests",
                    panel(
                            -2,
                            lab("ALT", 21, "U/L", 40),
                            lab("AST", 0.5, "ukat/L", 0.67),
                            lab("TRIGLYCERIDES", 1.5, "mmol/L"),
                            lab("HCG", 2, "IU/L")));
            c.post(
                    "/prescriptions",
                    Map.of(
                            "prescriptionId",
                            "RX-1",
                            "strengthMg",
                            20,
                            "capsulesPerDay",
                            2,
                            "daysSupply",
                            30,
                            "startsOn",
                            day(0),
                            "prescriberId",
                            "DR-7"));
            c.post("/side-effects", sideEffect("DRY_LIPS", 1, "PATIENT", "cracked"));
            String alertId = c.post("/side-effects", sideEffect("DEPRESSION", 2, "NURSE", "low mood"))
                    .extract()
                    .path("events[1].data.alertId");
            c.post(
                    "/alerts/" + alertId + "/resolution",
                    Map.of("resolvedBy", "DR-7", "note", "Mood stable; continue."));
            c.post("/side-effects", sideEffect("MUSCLE_PAIN", 3, "PRESCRIBER", "cannot climb stairs"));
            c.post(
                    "/blood-tests",
                    panel(
                            0,
                            lab("ALT", 1.5, "ukat/L", 0.67),
                            lab("TRIGLYCERIDES", 250, "mg/dL"),
                            lab("HCG", 40, "mIU/mL")));
            c.post("/pregnancy-tests", Map.of("sampledOn", day(0), "result", "POSITIVE", "method", "SERUM"));
            c.post("/procedures", Map.of("procedureId", "PR-1", "kind", "LASER", "scheduledOn", day(100)));
            return c;
        }

        void end() {
            post("/treatment-end", Map.of("endedOn", day(0), "reason", "DISCONTINUED_PREGNANCY"));
        }

        private ValidatableResponse post(String path, Object body) {
            return Fixtures.post("/api/v1/patients/" + patientId + path, body).statusCode(201);
        }

        static String day(int fromToday) {
            return LocalDate.now(CLINIC).plusDays(fromToday).toString();
        }

        private static Map<String, Object> sideEffect(String term, int grade, String reportedBy, String notes) {
            return Map.of("term", term, "grade", grade, "onsetOn", day(0), "reportedBy", reportedBy, "notes", notes);
        }

        private static Map<String, Object> lab(String analyte, Number value, String unit) {
            return Map.of("analyte", analyte, "value", value, "unit", unit);
        }

        private static Map<String, Object> lab(String analyte, Number value, String unit, Number limit) {
            return Map.of("analyte", analyte, "value", value, "unit", unit, "upperLimitOfNormal", limit);
        }

        @SafeVarargs
        private static Map<String, Object> panel(int sampledFromToday, Map<String, Object>... results) {
            return Map.of("sampledOn", day(sampledFromToday), "fasting", true, "results", List.of(results));
        }
    }
}
