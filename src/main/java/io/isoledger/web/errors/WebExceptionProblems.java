package io.isoledger.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.isoledger.web.edge.ResourceMethods;
import io.isoledger.web.errors.Problem.FieldError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers JAX-RS's own refusals as problems: a method the path does not take (405 with Allow, from
 * {@link ResourceMethods}), a query parameter it cannot convert (400, not JAX-RS's 404), a body it
 * could not read ({@link UnreadableBodyProblems}), and otherwise the plain HTTP answer of the
 * {@link ProblemType} catalogue for the status.
 */
public class WebExceptionProblems {

    private final ResourceMethods resourceMethods;

    WebExceptionProblems(ResourceMethods resourceMethods) {
        this.resourceMethods = resourceMethods;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() == null && uri != null) {
            // No resource method matched: the path may still take other methods.
            Set<String> allowed = resourceMethods.allowedAt(uri.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                return methodNotAllowed(request.getMethod(), allowed, uri);
            }
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            return UnreadableBodyProblems.answer(unreadable, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a query parameter it cannot convert (on=2026-13-45, size=abc) with 404;
            // for the caller it is a malformed request.
            List<String> params = uri == null
                    ? List.of()
                    : List.copyOf(uri.getQueryParameters().keySet());
            List<FieldError> named = params.size() == 1
                    ? List.of(new FieldError(params.get(0), "could not be read as the expected type"))
                    : null;
            return ProblemResponses.badRequest(
                    "A query parameter could not be read: " + e.getCause().getMessage(), named, uri);
        }
        return ProblemResponses.respond(plainHttp(status, e.getMessage(), ProblemResponses.path(uri)));
    }

    /** The catalogue's plain HTTP answer for the status; for one it does not list, the reason phrase. */
    private static Problem plainHttp(int status, String detail, String instance) {
        return ProblemType.plainHttp(status)
                .map(type -> type.problem(detail, instance))
                .orElseGet(() -> {
                    Response.Status known = Response.Status.fromStatusCode(status);
                    String title = known == null ? "HTTP " + status : known.getReasonPhrase();
                    return new Problem(ProblemType.ABOUT_BLANK, title, status, detail, instance, null, null);
                });
    }

    private static Response methodNotAllowed(String method, Set<String> allowed, UriInfo uri) {
        String methods = String.join(", ", allowed);
        String detail = method + " is not allowed here; allowed: " + methods + ".";
        return Response.fromResponse(ProblemResponses.respond(ProblemType.METHOD_NOT_ALLOWED, detail, uri))
                .header(HttpHeaders.ALLOW, methods)
                .build();
    }
}
