package io.isoledger.web.errors;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers the refusals the service decides itself ({@link ApiProblem}) and those of the security
 * layer (401, 403) as RFC 9457 problem details. Its neighbours answer the rest, all from the one
 * {@link ProblemType} catalogue: {@link ValidationProblems}, {@link UnreadableBodyProblems},
 * {@link UnavailableProblems} and {@link WebExceptionProblems}; a request refused before JAX-RS is
 * answered at the edge ({@code web.edge.EdgeRefusals}).
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return ProblemResponses.respond(e.toProblem(ProblemResponses.path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem =
                ProblemResponses.respond(ProblemType.UNAUTHENTICATED, "A valid bearer token is required.", uri);
        return Response.fromResponse(problem)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.respond(ProblemType.FORBIDDEN, "The token's roles do not allow this.", uri);
    }
}
