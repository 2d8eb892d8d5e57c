package io.isoledger.admin;

import io.isoledger.decider.DeciderStateRebuilder;
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
 * Rebuilds the decider's state, every patient's, from the events topic: the operators' door to
 * {@link DeciderStateRebuilder}.
 */
@Path("/api/v1/admin/decider-state/rebuild")
@Tag(name = RebuildResource.TAG, description = RebuildResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeciderStateResource {

    @Inject
    DeciderStateRebuilder rebuilder;

    @POST
    @Operation(
            summary = "Rebuild the decider's state from the events topic",
            description = "An administrative operation: folds every patient's events, the source of truth, and"
                    + " has the owner of each patient's partition replace its stored state with the folded one"
                    + " (unless the stored one is already newer). Works with any number of instances.")
    @APIResponse(
            responseCode = "200",
            description = "Rebuilt",
            content =
                    @Content(
                            schema = @Schema(implementation = DeciderStateRebuilder.Outcome.class),
                            examples =
                                    @ExampleObject(name = "rebuilt", value = "{\"patients\": 120, \"restored\": 120}")))
    public DeciderStateRebuilder.Outcome rebuildDeciderState() {
        return rebuilder.rebuild();
    }
}
