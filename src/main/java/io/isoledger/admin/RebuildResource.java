package io.isoledger.admin;

import io.isoledger.analytics.AnalyticsProjector;
import io.isoledger.projection.ReadModelProjector;
import io.isoledger.web.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilds every read model from the events topic, the source of truth. */
@Path("/api/v1/admin/read-models/rebuild")
@Tag(name = RebuildResource.TAG, description = RebuildResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {
    /** The OpenAPI tag of the operators' resources. */
    static final String TAG = "Administration";

    static final String TAG_DESCRIPTION =
            "For the service's operators: rebuild derived state from the events topic, acknowledge dead"
                    + " letters; each call acts on the instance it reaches";

    @Inject
    ReadModelProjector readModels;

    @Inject
    AnalyticsProjector analytics;

    /** The projectors whose read models were cleared and are being replayed. */
    @Schema(name = "Rebuild")
    public record Rebuild(
            @Schema(example = "[\"projector\", \"analytics\"]")
            List<String> rebuilding) {}

    @POST
    @Operation(
            summary = "Rebuild every read model from the events topic",
            description = "An administrative operation: clears the read models and their offsets and replays the"
                    + " events topic from its start; the answer comes once the rows are cleared, and the replay"
                    + " proceeds like ordinary projection, on every instance running, each for the partitions it"
                    + " owns. Until it has caught up, reads lag and readiness says so (projector-lag).")
    @APIResponse(
            responseCode = "202",
            description = "Cleared; the replay is under way",
            content =
                    @Content(
                            schema = @Schema(implementation = Rebuild.class),
                            examples =
                                    @ExampleObject(
                                            name = "rebuilding",
                                            value = "{\"rebuilding\": [\"projector\", \"analytics\"]}")))
    public Response rebuildReadModels() {
        readModels.rebuild();
        analytics.rebuild();
        return Response.accepted(new Rebuild(List.of(readModels.projector(), analytics.projector())))
                .build();
    }
}
