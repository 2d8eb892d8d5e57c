package io.isoledger.patients;

import io.isoledger.alerts.AlertResponse;
import io.isoledger.clock.ClinicClock;
import io.isoledger.domain.PatientState;
import io.isoledger.history.PatientStates;
import io.isoledger.web.auth.Roles;
import io.isoledger.write.Locations;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Enrolment, body weight and a patient's summary, written through {@link Writes} and read from
 * {@link PatientSummary} and the patient's events; the sub-resources read through {@link PatientReads}.
 */
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
    @Operation(summary = "Enrol a patient", description = "EnrollPatient → PatientEnrolled. The id is the hospital's.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Enrolled and readable")
    public Response enrollPatient(@NotNull @Valid EnrollPatientRequest body, @BeanParam @Valid WriteContext context) {
        return writes.submit(
                body.toCommand(clock.today()),
                body,
                context,
                Locations.at(context, "api/v1/patients/{id}", body.patientId()));
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @GET
    @Operation(
            summary = "List patients, or the clinician's worklist",
            description = "With attention=true, the clinician's worklist: the patients with open alerts, or in"
                    + " treatment with a blood test due or a supply running out within 7 days, each with its"
                    + " reasons; longest waiting first: by the first day each needs attention (the day its alerts"
                    + " have been open since, the blood test's due day, the supply's last day, whichever is"
                    + " earliest), then by patient id. Otherwise every patient, by patient id. Either way a page at"
                    + " a time: page (from 0) and size (1 to 500, 50 unless asked); a page past the last is empty.")
    @APIResponseSchema(value = AttentionResponse[].class, responseCode = "200", responseDescription = "The patients")
    public List<AttentionResponse> listPatients(
            @QueryParam("attention")
                    @DefaultValue("false")
                    @Pattern(regexp = "^(true|false)$", message = "must be true or false")
                    String attention,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Parameter(description = "The page, from 0, of either list")
                    int page,
            @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(500)
                    @Parameter(description = "Patients a page, 1 to 500")
                    int size) {
        LocalDate horizon = clock.today().plusDays(ATTENTION_DAYS);
        List<PatientSummary> patients = Boolean.parseBoolean(attention)
                ? Worklist.page(horizon, page, size)
                : PatientSummary.<PatientSummary>findAll(Sort.by("patientId"))
                        .page(page, size)
                        .list();
        return patients.stream().map(p -> AttentionResponse.of(p, horizon)).toList();
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE})
    @POST
    @Path("/{patientId}/weight")
    @Operation(
            summary = "Record a body weight",
            description = "RecordWeight → WeightRecorded. R7 checks the daily"
                    + " dose against the last weight; R14's mg/kg uses it too.")
    @APIResponseSchema(value = WriteResult.class, responseCode = "201", responseDescription = "Recorded and readable")
    public Response recordWeight(@NotNull @Valid RecordWeightRequest body, @BeanParam @Valid PatientWrite context) {
        return writes.submit(body.toCommand(context.patientId()), body, context, context.summary());
    }

    @RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PHARMACIST, Roles.PATIENT})
    @GET
    @Path("/{patientId}")
    @Operation(
            summary = "Read a patient's summary",
            description = "The course at a glance, the facts in force on a day (today in the clinic's time zone"
                    + " unless on= asks for another), the open alerts with what is to be done and the course's"
                    + " supplies with where their capsules are (R22).")
    @APIResponseSchema(value = PatientResponse.class, responseCode = "200", responseDescription = "The summary")
    public PatientResponse getPatient(
            @BeanParam @Valid PatientPath patient,
            @QueryParam("on")
                    @Parameter(
                            description = "The day of the facts in force; the clinic's today if left out",
                            example = "2026-11-25")
                    LocalDate on) {
        PatientSummary summary = PatientSummary.<PatientSummary>findByIdOptional(patient.id())
                .orElseThrow(() -> PatientReads.unknown(patient.id()));
        PatientState state = PatientStates.now(patient.id(), summary.version);
        LocalDate day = on == null ? clock.today() : on;
        return PatientResponse.of(
                summary,
                InForceResponse.of(state, day),
                AlertResponse.openOf(patient.id()),
                SupplyResponse.of(state.course()));
    }
}
