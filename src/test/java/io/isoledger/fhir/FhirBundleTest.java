package io.isoledger.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import ca.uhn.fhir.context.FhirContext;
import io.isoledger.api.Fixtures;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
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

    @Test
    void aFullCourse_isExportedAsAValidBundle_withEveryKindOfFact() throws Exception {
        FhirCourse course = FhirCourse.drive();

        Bundle during = parse(fetch(course.patientId()));
        assertThat(only(during, MedicationRequest.class).getStatus())
                .isEqualTo(MedicationRequest.MedicationRequestStatus.ACTIVE);
        assertThat(only(during, EpisodeOfCare.class).getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);

        course.end();
        String body = fetch(course.patientId());
        Bundle bundle = parse(body);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        FhirBundleAssertions.assertCourse(bundle, course.patientId());
        FhirValidation.assertValid(body);
    }

    @Test
    void twoFetches_giveTheSameIdsAndResources() {
        FhirCourse course = FhirCourse.drive();
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
        String patientId = FhirCourse.enrol();
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
        String patientId = FhirCourse.enrol();
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
}
