package io.isoledger.fhir;

import io.isoledger.patients.PatientPath;
import io.isoledger.patients.PatientReads;
import io.isoledger.web.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's record as a FHIR R4 Bundle, built by {@link FhirBundles} from the patient's events. */
@Path("/api/v1/patients/{patientId}/fhir")
@Tag(
        name = "FHIR",
        description = "The patient's record as a FHIR R4 Bundle, for EHRs: Patient, MedicationRequest,"
                + " MedicationDispense, Observation, AdverseEvent, Flag and EpisodeOfCare")
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
public class FhirResource {

    @Inject
    FhirBundles bundles;

    @Inject
    FhirJson json;

    @GET
    @Produces(FhirJson.MEDIA_TYPE)
    @Operation(
            summary = "Export a patient's record as FHIR R4",
            description = "A Bundle of type collection built from the patient's events: the Patient, each"
                    + " prescription as a MedicationRequest (cancelled if it expired undispensed), each dispensing"
                    + " as a MedicationDispense, each blood test result and pregnancy test as an"
                    + " Observation, each side effect as an AdverseEvent, each safety alert as a Flag and each"
                    + " course as an EpisodeOfCare with R13's restriction dates. Resource ids are stable.")
    @APIResponse(
            responseCode = "200",
            description = "The Bundle",
            content =
                    @Content(
                            mediaType = FhirJson.MEDIA_TYPE,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            description = "A FHIR R4 Bundle of type collection")))
    public Response getPatientFhirBundle(@BeanParam @Valid PatientPath patient) {
        PatientReads.requireEnrolled(patient.id());
        return Response.ok(json.encode(bundles.of(patient.id())), FhirJson.MEDIA_TYPE)
                .build();
    }
}
