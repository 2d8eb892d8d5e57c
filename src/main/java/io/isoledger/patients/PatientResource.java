package io.isoledger.patients;

import io.isoledger.alerts.AlertResponse;
import io.isoledger.clock.ClinicClock;
import io.isoledger.domain.Evolver;
import io.isoledger.domain.PatientState;
import io.isoledger.history.PatientEvents;
import io.isoledger.web.auth.Roles;
import io.isoledger.web.errors.ApiProblem;
import io.isoledger.write.WriteContext;
import io.isoledger.write.WriteResult;
import io.isoledger.write.Writes;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/patients")
@Tag(name = "Patients", description = "Enrolment, body weight, a patient's summary and the clinician's worklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientResource {

    /** Supplies running out and blood tests due within this many days put a patient on the worklist. */
    static final int ATTENTION_DAYS = 7;

    @Inject
    Writes writes;

    @Inject
    ClinicClock clock;

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Operation(
            operationId = "enrollPatient",
            summary = "Enrol a patient",
            description = "EnrollPatient → PatientEnrolled. The id is the hospital's.")
    @APIResponse(
            responseCode = "201",
            description = "Enrolled and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response enroll(
            @NotNull @Valid EnrollPatientRequest body, @BeanParam @Valid WriteContext context, UriInfo uri) {
        return writes.submit(body.toCommand(clock.today()), body, context, version -> uri.getBaseUriBuilder()
                .path("api/v1/patients/{id}")
                .build(body.patientId()));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @GET
    @Operation(
            operationId = "listPatients",
            summary = "List patients, or the clinician's worklist",
            description = "With attention=true: patients with open alerts, a blood test due, or a supply running out"
                    + " within 7 days, each with its reasons. Otherwise every patient, a page at a time.")
    @APIResponse(
            responseCode = "200",
            description = "The patients",
            content = @Content(schema = @Schema(implementation = AttentionResponse.class, type = SchemaType.ARRAY)))
    public List<AttentionResponse> list(
            @QueryParam("attention")
                    @DefaultValue("false")
                    @Pattern(regexp = "^(true|false)$", message = "must be true or false")
                    String attention,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LocalDate horizon = clock.today().plusDays(ATTENTION_DAYS);
        List<PatientSummary> patients = Boolean.parseBoolean(attention)
                ? PatientSummary.needingAttention(horizon)
                : PatientSummary.<PatientSummary>findAll(Sort.by("patientId"))
                        .page(page, size)
                        .list();
        return patients.stream().map(p -> AttentionResponse.of(p, horizon)).toList();
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/{patientId}/weight")
    @Operation(
            operationId = "recordWeight",
            summary = "Record a body weight",
            description = "RecordWeight → WeightRecorded. R7 checks the daily"
                    + " dose against the last weight; R14's mg/kg uses it too.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and readable",
            content = @Content(schema = @Schema(implementation = WriteResult.class)))
    public Response recordWeight(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @NotNull @Valid RecordWeightRequest body,
            @BeanParam @Valid WriteContext context,
            UriInfo uri) {
        return writes.submit(body.toCommand(patientId), body, context, version -> uri.getBaseUriBuilder()
                .path("api/v1/patients/{id}")
                .build(patientId));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
    @GET
    @Path("/{patientId}")
    @Operation(
            operationId = "getPatient",
            summary = "Read a patient's summary",
            description = "The course at a glance, the facts in force on a day (today in the clinic's time zone"
                    + " unless on= asks for another), the open alerts with what is to be done and the course's"
                    + " supplies with where their capsules are (R22).")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = PatientResponse.class)))
    public PatientResponse get(
            @PathParam("patientId") @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE) String patientId,
            @QueryParam("on")
                    @Parameter(
                            description = "The day of the facts in force; the clinic's today if left out",
                            example = "2026-11-25")
                    LocalDate on) {
        PatientSummary summary = PatientSummary.findById(patientId);
        if (summary == null) {
            throw unknown(patientId);
        }
        PatientState state = Evolver.evolveAll(PatientState.initial(patientId), PatientEvents.of(patientId));
        LocalDate day = on == null ? clock.today() : on;
        return PatientResponse.of(
                summary,
                InForceResponse.of(state, day),
                AlertResponse.openOf(patientId),
                PatientResponse.SupplyResponse.of(state.course()));
    }

    /** For the list endpoints: 404 when nobody of that id is enrolled, rather than an empty list. */
    public static void requireEnrolled(String patientId) {
        if (!PatientSummary.exists(patientId)) {
            throw unknown(patientId);
        }
    }

    private static ApiProblem unknown(String patientId) {
        return ApiProblem.notFound("No patient " + patientId + " is enrolled.");
    }
}
