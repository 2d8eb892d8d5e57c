package io.isoledger.admin;

import io.isoledger.eventlog.Topics;
import io.isoledger.projection.DeadLetterAcknowledgement;
import io.isoledger.projection.DeadLetters;
import io.isoledger.web.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An operator's acknowledgement of the dead letters: readiness stays down while events parked on
 * {@value Topics#DEAD_LETTERS} since the instance started are unacknowledged. The count is per
 * instance and in memory, so each instance is acknowledged on its own.
 */
@Path("/api/v1/admin/dead-letters")
@Tag(name = RebuildResource.TAG, description = RebuildResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @POST
    @Path("/acknowledge")
    @Operation(
            summary = "Acknowledge the dead letters parked so far",
            description = "An administrative operation. Events that a projector cannot read (not JSON, an unknown "
                    + "event type or version, missing or malformed CloudEvents headers) are parked on the topic "
                    + Topics.DEAD_LETTERS + " and projection goes on; the instance reports itself not ready "
                    + "(/q/health/ready, check dead-letters) until an operator has seen them. This call acknowledges "
                    + "every dead letter this instance parked since it started and answers how many; it does not "
                    + "touch the topic. Call it on each instance.")
    @APIResponse(
            responseCode = "200",
            description = "The dead letters acknowledged by this call",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadLetterAcknowledgement.class),
                            examples = {
                                @ExampleObject(
                                        name = "acknowledged",
                                        summary = "Two dead letters were waiting",
                                        value = "{\"acknowledged\": 2}"),
                                @ExampleObject(
                                        name = "none",
                                        summary = "Nothing was waiting",
                                        value = "{\"acknowledged\": 0}")
                            }))
    public DeadLetterAcknowledgement acknowledgeDeadLetters() {
        return new DeadLetterAcknowledgement(deadLetters.acknowledge());
    }
}
