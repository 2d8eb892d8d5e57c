package io.isoledger.client;

import static io.isoledger.client.ContractClient.day;
import static io.isoledger.client.CourseRequests.prescription;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.isoledger.client.generated.ApiException;
import io.isoledger.client.generated.model.AppendedEvent;
import io.isoledger.client.generated.model.IssuePrescriptionRequest;
import io.isoledger.client.generated.model.PrescriptionEligibility;
import io.isoledger.client.generated.model.ProcedureScheduledResult;
import io.isoledger.client.generated.model.SafetyAlert;
import io.isoledger.client.generated.model.Violation;
import io.isoledger.client.generated.model.WriteResult;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.isoledger.testsupport.Tokens;
import io.isoledger.web.auth.Roles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A whole course under jp-clinic through the Java client generated from the committed document
 * (openapi-generator, java, native), as an integration team would write it: the methods named by
 * the operationIds, the models of the schemas. What the document says wrongly about the wire fails
 * here, in the client's own (de)serialization.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class GeneratedClientCourseTest {

    @TestHTTPResource("/")
    URI root;

    @Test
    void aWholeCourse_fromEnrolmentToTheEnd_andReadBack_throughTheGeneratedClient() throws ApiException {
        ContractClient api =
                new ContractClient(root, Tokens.forRoles("integration-team", Roles.PRESCRIBER, Roles.NURSE));
        String patientId = ContractClient.newPatientId();

        WriteResult enrolled = api.patients.enrollPatient(CourseRequests.enrolment(patientId), null, null);
        assertThat(enrolled.getVersion()).isEqualTo(1L);
        assertThat(enrolled.getEvents()).extracting(AppendedEvent::getType).containsExactly("PatientEnrolled");
        assertThat(enrolled.getEvents().get(0).getData()).containsEntry("patientId", patientId);

        PrescriptionEligibility notYet = api.prescriptions.assessPrescriptionEligibility(patientId, null);
        assertThat(notYet.getEligible()).isFalse();
        assertThat(notYet.getViolations()).extracting(Violation::getRule).contains("R2", "R4", "R5");

        api.pregnancyPrevention.confirmContraception(patientId, CourseRequests.contraception(), null, null);
        api.pregnancyPrevention.recordPregnancyTest(patientId, CourseRequests.negativePregnancyTest(), null, null);
        api.bloodTests.recordBloodTest(patientId, CourseRequests.bloodTest(), null, null);
        api.patients.recordWeight(patientId, CourseRequests.lateWeight(), null, null);
        assertThat(api.prescriptions
                        .assessPrescriptionEligibility(patientId, day(0))
                        .getEligible())
                .isTrue();

        issueOnce(api, patientId);

        WriteResult reported = api.sideEffects.reportSideEffect(patientId, CourseRequests.depression(), null, null);
        assertThat(reported.getEvents())
                .extracting(AppendedEvent::getType)
                .containsExactly("SideEffectReported", "SafetyAlertRaised");
        String alertId = (String) reported.getEvents().get(1).getData().get("alertId");
        SafetyAlert alert = api.alerts.listAlerts(patientId).stream()
                .filter(a -> a.getAlertId().equals(alertId))
                .findFirst()
                .orElseThrow();
        assertThat(alert.getRule()).isEqualTo("R10");
        assertThat(alert.getBlocking()).isTrue();
        assertThat(alert.getStatus()).isEqualTo(SafetyAlert.StatusEnum.OPEN);
        api.alerts.resolveAlert(alertId, patientId, CourseRequests.resolution(), null, null);

        ProcedureScheduledResult laser =
                api.procedures.scheduleProcedure(patientId, CourseRequests.laser(), null, null);
        assertThat(laser.getConflict()).isTrue();
        assertThat(laser.getConflicts()).extracting(Violation::getRule).containsOnly("R12");
        api.treatment.endTreatment(patientId, CourseRequests.endedToday(), null, null);

        new CourseReadBack(api, patientId, alertId).expectEndedToday();
    }

    /** RX-1 is issued; a retry with its Idempotency-Key answers the same; a duplicate is 409, a breach 422. */
    private static void issueOnce(ContractClient api, String patientId) throws ApiException {
        IssuePrescriptionRequest rx = prescription("RX-1", 1, 30);
        String key = "rx-1-" + patientId;
        WriteResult issued = api.prescriptions.issuePrescription(patientId, rx, key, null);
        assertThat(issued.getEvents()).extracting(AppendedEvent::getType).containsExactly("PrescriptionIssued");
        assertThat(api.prescriptions.issuePrescription(patientId, rx, key, null).getVersion())
                .isEqualTo(issued.getVersion());

        ApiException duplicate = catchThrowableOfType(
                () -> api.prescriptions.issuePrescription(patientId, rx, null, null), ApiException.class);
        assertThat(duplicate.getCode()).isEqualTo(409);
        assertThat(api.problem(duplicate).getStatus()).isEqualTo(409);

        ApiException refused = catchThrowableOfType(
                () -> api.prescriptions.issuePrescription(patientId, prescription("RX-2", 4, 91), null, null),
                ApiException.class);
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(api.problem(refused).getViolations())
                .extracting(Violation::getRule)
                .contains("R1", "R7");
    }
}
