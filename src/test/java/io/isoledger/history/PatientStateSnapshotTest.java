package io.isoledger.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.api.Fixtures;
import io.isoledger.decider.PatientStateSerde;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A patient's state is read from its snapshot and the events after it, and is always the fold of
 * every event: whether the snapshot is current, behind, of another format or missing, for a read
 * and for the projection that plans the patient. Each test leaves the snapshots as the projection
 * writes them, so a rebuild of the read models ({@code ReplayTest}) gives the same rows.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class PatientStateSnapshotTest extends AuthenticatedApiTest {

    @Inject
    PatientStates states;

    @Test
    void theSnapshot_isThePatientsStateAfterItsLastEvent_writtenWithTheEvents() {
        String patientId = aPatientWithThreeEvents();

        assertSnapshotIsTheFold(patientId, 3);
    }

    @Test
    void aSnapshotBehindTheEvents_ofAnotherFormat_orMissing_readsAsTheFoldOfEveryEvent() {
        String patientId = aPatientWithThreeEvents();
        String summary = summary(patientId);
        PatientState folded = folded(patientId);

        replaceSnapshot(patientId, 1, stateAfterFirstEvent(patientId));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PatientStates.now(patientId)))
                .isEqualTo(folded);
        assertThat(summary(patientId)).isEqualTo(summary);

        replaceSnapshot(patientId, 3, "{\"snapshotVersion\":1,\"state\":{}}");
        assertThat(QuarkusTransaction.requiringNew().call(() -> PatientStates.now(patientId)))
                .isEqualTo(folded);
        assertThat(summary(patientId)).isEqualTo(summary);

        QuarkusTransaction.requiringNew().run(() -> PatientStateSnapshot.deleteById(patientId));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PatientStates.now(patientId)))
                .isEqualTo(folded);
        assertThat(summary(patientId)).isEqualTo(summary);

        post("/api/v1/patients/" + patientId + "/weight", Map.of("weightKg", 62, "measuredOn", today()));
        assertSnapshotIsTheFold(patientId, 4);
    }

    @Test
    void aSnapshotFurtherThanTheSummaryRead_givesTheStateAtTheSummarysVersion() {
        String patientId = aPatientWithThreeEvents();
        PatientState atTwo = QuarkusTransaction.requiringNew()
                .call(() -> Evolver.evolveAll(PatientState.initial(patientId), PatientEvents.between(patientId, 0, 3)));

        assertThat(QuarkusTransaction.requiringNew().call(() -> PatientStates.now(patientId, 2)))
                .isEqualTo(atTwo)
                .extracting(PatientState::version)
                .isEqualTo(2L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PatientStates.now(patientId, 3)))
                .isEqualTo(folded(patientId));
    }

    @Test
    void theProjection_foldsThePatientFromASnapshotBehind_whenItHasNotFoldedItLately() {
        String patientId = aPatientWithThreeEvents();
        replaceSnapshot(patientId, 1, stateAfterFirstEvent(patientId));
        states.forget();

        post("/api/v1/patients/" + patientId + "/weight", Map.of("weightKg", 61, "measuredOn", today()));

        assertSnapshotIsTheFold(patientId, 4);
    }

    private static void assertSnapshotIsTheFold(String patientId, long version) {
        PatientStateSnapshot row =
                QuarkusTransaction.requiringNew().call(() -> PatientStateSnapshot.findById(patientId));
        PatientState folded = folded(patientId);
        assertThat(folded.version()).isEqualTo(version);
        assertThat(row.version).isEqualTo(version);
        assertThat(PatientStateSerde.decode(row.state.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(folded);
    }

    private static String aPatientWithThreeEvents() {
        String patientId = Fixtures.newPatientId();
        post("/api/v1/patients", Fixtures.enrolment(patientId));
        post("/api/v1/patients/" + patientId + "/weight", Map.of("weightKg", 65, "measuredOn", today()));
        post(
                "/api/v1/patients/" + patientId + "/blood-tests",
                Map.of(
                        "sampledOn",
                        today(),
                        "fasting",
                        true,
                        "results",
                        List.of(Map.of("analyte", "ALT", "value", 19.5, "unit", "U/L", "upperLimitOfNormal", 40))));
        return patientId;
    }

    private static String stateAfterFirstEvent(String patientId) {
        PatientState first = QuarkusTransaction.requiringNew()
                .call(() -> Evolver.evolveAll(PatientState.initial(patientId), PatientEvents.between(patientId, 0, 2)));
        assertThat(first.version()).isEqualTo(1);
        return new String(PatientStateSerde.encode(first), StandardCharsets.UTF_8);
    }

    private static void replaceSnapshot(String patientId, long version, String state) {
        QuarkusTransaction.requiringNew().run(() -> {
            PatientStateSnapshot row = PatientStateSnapshot.findById(patientId);
            row.version = version;
            row.state = state;
        });
    }

    private static PatientState folded(String patientId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Evolver.evolveAll(
                        PatientState.initial(patientId), PatientEvents.between(patientId, 0, Long.MAX_VALUE)));
    }

    private static String summary(String patientId) {
        return given().get("/api/v1/patients/" + patientId + "?on=" + today())
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    }

    private static void post(String path, Object body) {
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201);
    }
}
