package io.isoledger.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.isoledger.client.generated.ApiClient;
import io.isoledger.client.generated.ApiException;
import io.isoledger.client.generated.api.AuditTrailApi;
import io.isoledger.client.generated.api.BloodTestsApi;
import io.isoledger.client.generated.api.PatientsApi;
import io.isoledger.client.generated.api.PregnancyPreventionApi;
import io.isoledger.client.generated.api.PrescriptionsApi;
import io.isoledger.client.generated.api.ProceduresApi;
import io.isoledger.client.generated.api.SafetyAlertsApi;
import io.isoledger.client.generated.api.SideEffectsApi;
import io.isoledger.client.generated.api.TreatmentApi;
import io.isoledger.client.generated.model.Problem;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The client an integration team generates from openapi/openapi.yaml (openapi-generator, java,
 * native), pointed at the service under test with a bearer token, as such a team would set it up.
 */
final class ContractClient {

    static final ZoneId CLINIC_ZONE = ZoneId.of("Asia/Tokyo");

    final ApiClient client = new ApiClient();
    final PatientsApi patients;
    final PregnancyPreventionApi pregnancyPrevention;
    final BloodTestsApi bloodTests;
    final PrescriptionsApi prescriptions;
    final SideEffectsApi sideEffects;
    final SafetyAlertsApi alerts;
    final ProceduresApi procedures;
    final TreatmentApi treatment;
    final AuditTrailApi auditTrail;

    /**
     * The generated APIs copy the client's base URI and interceptor when they are made, so they are
     * made after it is set up.
     *
     * @param root the service's root, e.g. http://localhost:8081/ (the document's server is relative)
     */
    ContractClient(URI root, String bearerToken) {
        client.updateBaseUri(root.toString().replaceFirst("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        patients = new PatientsApi(client);
        pregnancyPrevention = new PregnancyPreventionApi(client);
        bloodTests = new BloodTestsApi(client);
        prescriptions = new PrescriptionsApi(client);
        sideEffects = new SideEffectsApi(client);
        alerts = new SafetyAlertsApi(client);
        procedures = new ProceduresApi(client);
        treatment = new TreatmentApi(client);
        auditTrail = new AuditTrailApi(client);
    }

    static String newPatientId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A day in the clinic's calendar, counted from its today. */
    static LocalDate day(int fromToday) {
        return LocalDate.now(CLINIC_ZONE).plusDays(fromToday);
    }

    /** The problem document of a refused call, read with the generated model. */
    Problem problem(ApiException refused) {
        try {
            return client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a problem document: " + refused.getResponseBody(), e);
        }
    }
}
