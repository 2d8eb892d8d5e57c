package io.isoledger.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A patient's audit trail: every event of the stream, from {@link EventHistoryEntry}, as {@link EventResponse}s. */
@Path("/api/v1/patients/{patientId}/events")
@Tag(
        name = "Audit trail",
        description = "Every event of a patient's stream, in order, with its CloudEvents metadata; the data of each"
                + " event type is described by its schema in openapi/events/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRESCRIBER, Roles.NURSE, Roles.PATIENT})
public class EventHistoryResource {

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "Read a patient's event history", description = "Every event of the patient, in stream order.")
    @APIResponseSchema(value = EventResponse[].class, responseCode = "200", responseDescription = "The events")
    public List<EventResponse> listEvents(@BeanParam @Valid PatientPath patient) {
        return PatientReads.list(patient.id(), EventHistoryEntry::ofPatient, this::toResponse);
    }

    private EventResponse toResponse(EventHistoryEntry e) {
        String name = e.eventType.replaceFirst("^isoledger\\.", "").replaceFirst("\\.v\\d+$", "");
        try {
            return new EventResponse(
                    e.sequence,
                    name,
                    e.eventType,
                    e.eventId,
                    e.occurredAt,
                    e.correlationId,
                    e.causationId,
                    e.actor,
                    json.readTree(e.data));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
