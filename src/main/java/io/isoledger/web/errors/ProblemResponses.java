package io.isoledger.web.errors;

import io.isoledger.web.errors.Problem.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The responses the exception mappers ({@link ProblemMapper}, {@link ValidationProblems},
 * {@link UnreadableBodyProblems}, {@link UnavailableProblems}, {@link WebExceptionProblems}) answer:
 * a {@link Problem} of the {@link ProblemType} catalogue as {@code application/problem+json}.
 */
final class ProblemResponses {

    private static final String RETRY_AFTER_SECONDS = "2";

    private ProblemResponses() {}

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    static Response respond(ProblemType type, String detail, UriInfo uri) {
        return respond(type.problem(detail, path(uri)));
    }

    /** 400 for a malformed request; {@code errors} names each field, when known. */
    static Response badRequest(String detail, List<FieldError> errors, UriInfo uri) {
        return respond(ProblemType.INVALID_REQUEST.problem(detail, path(uri), errors, null));
    }

    /** 503 with Retry-After: a part the service depends on does not answer. */
    static Response serviceUnavailable(String detail, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, detail, uri))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** The problem's {@code instance}: the request's path as sent. */
    static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
