package io.isoledger.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.projection.DatabaseProbe;
import io.isoledger.web.edge.ResourceMethods;
import io.isoledger.web.errors.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where failures become RFC 9457 problem details. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String RETRY_AFTER_SECONDS = "2";

    private final ResourceMethods resourceMethods;
    private final DatabaseProbe database;

    ProblemMapper(ResourceMethods resourceMethods, DatabaseProbe database) {
        this.resourceMethods = resourceMethods;
        this.database = database;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return respond(
                new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors(), e.violations()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return badRequest("Invalid value for " + fields + ".", errors, uri);
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class
    })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = FieldPaths.of(mapping);
            String reason = UnreadableFields.reason(mapping);
            return badRequest("Field " + field + " " + reason + ".", List.of(new FieldError(field, reason)), uri);
        }
        // A number out of range (2^63 for an int) fails in the parser, where the field is still known.
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser
                && parser.getParsingContext() != null
                && parser.getParsingContext().getCurrentName() != null) {
            String field = parser.getParsingContext().getCurrentName();
            String reason = UnreadableFields.WRONG_TYPE;
            return badRequest("Field " + field + " " + reason + ".", List.of(new FieldError(field, reason)), uri);
        }
        return badRequest("The request body is not valid JSON.", null, uri);
    }

    @ServerExceptionMapper
    public Response unavailable(LogUnavailableException e, UriInfo uri) {
        LOG.warnf("Write not decided: %s", e.getMessage());
        String outcome = e.sent()
                ? " The command may still be decided: retry with the same Idempotency-Key to learn its outcome"
                        + " without recording it twice."
                : " Nothing was recorded; retry later.";
        return serviceUnavailable(e.getMessage() + outcome, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(
                "urn:isoledger:problem:unauthenticated",
                "Unauthorized",
                401,
                "A valid bearer token is required.",
                path(uri),
                null,
                null);
        return Response.fromResponse(respond(problem))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                "urn:isoledger:problem:forbidden",
                "Forbidden",
                403,
                "The token's roles do not allow this.",
                path(uri),
                null,
                null));
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
            return unreadable(unreadable, uri);
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
            return badRequest(
                    "A query parameter could not be read: " + e.getCause().getMessage(), named, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        return respond(new Problem("about:blank", title, status, e.getMessage(), path(uri), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseProbe.isDatabaseFailure(e) && !database.answers()) {
            LOG.warnf("The read models' database does not answer: %s", e.getMessage());
            return serviceUnavailable(
                    "The read models' database does not answer; retry later. Writes are still recorded (202)"
                            + " and become readable once it is back.",
                    uri);
        }
        LOG.error("Unexpected failure", e);
        return respond(new Problem(
                "about:blank", "Internal Server Error", 500, "An unexpected error occurred.", path(uri), null, null));
    }

    private static Response methodNotAllowed(String method, Set<String> allowed, UriInfo uri) {
        String methods = String.join(", ", allowed);
        Problem problem = new Problem(
                "about:blank",
                "Method Not Allowed",
                405,
                method + " is not allowed here; allowed: " + methods + ".",
                path(uri),
                null,
                null);
        return Response.fromResponse(respond(problem))
                .header(HttpHeaders.ALLOW, methods)
                .build();
    }

    /** 503 with Retry-After: a part the service depends on does not answer. */
    private static Response serviceUnavailable(String detail, UriInfo uri) {
        Problem problem = new Problem(
                "urn:isoledger:problem:unavailable", "Service unavailable", 503, detail, path(uri), null, null);
        return Response.fromResponse(respond(problem))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    private static Response badRequest(String detail, List<FieldError> errors, UriInfo uri) {
        return respond(new Problem(
                "urn:isoledger:problem:invalid-request", "Invalid request", 400, detail, path(uri), errors, null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
