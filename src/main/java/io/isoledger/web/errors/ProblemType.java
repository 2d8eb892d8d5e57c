package io.isoledger.web.errors;

import io.isoledger.domain.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of problems the service answers: each one's type URI, title and HTTP status, as
 * they go on the wire. Every place that writes a problem takes them from here: {@link ApiProblem}
 * (thrown by the features and the write path), the JAX-RS mappers ({@link ProblemMapper} and its
 * neighbours), the refusals at the HTTP edge before JAX-RS ({@code web.edge.EdgeRefusals}) and the
 * OpenAPI filter that documents the shared problem responses ({@code web.openapi.ProblemResponsesFilter}).
 *
 * <p>The service's own problems have an {@code urn:isoledger:problem:} type. Answers that say no
 * more than their HTTP status have the type {@code about:blank} and the status's reason phrase as
 * title (RFC 9457, section 4.2.1).
 */
public enum ProblemType {
    /** Malformed or invalid input; {@code errors} names each field. */
    INVALID_REQUEST("urn:isoledger:problem:invalid-request", "Invalid request", 400),
    /** No valid bearer token (answered with {@code WWW-Authenticate: Bearer}). */
    UNAUTHENTICATED("urn:isoledger:problem:unauthenticated", "Unauthorized", 401),
    /** The token's roles, or its patient scope, do not allow the operation. */
    FORBIDDEN("urn:isoledger:problem:forbidden", "Forbidden", 403),
    /** What the request names does not exist: a patient, or a prescription, blood test... of one. */
    NOT_FOUND("urn:isoledger:problem:not-found", "Not found", 404),
    /** What the command would create exists already (a patient or prescription id). */
    CONFLICT("urn:isoledger:problem:conflict", "Already exists", 409),
    /** The patient's state does not allow the command (e.g. a course that is not running). */
    INVALID_STATE("urn:isoledger:problem:invalid-state", "Not possible in the current state", 409),
    /** An Idempotency-Key sent again with another request. */
    IDEMPOTENCY_KEY_REUSED("urn:isoledger:problem:idempotency-key-reused", "Idempotency key reused", 422),
    /** Clinical rules forbid the command; {@code violations} lists every one. */
    RULE_VIOLATION("urn:isoledger:problem:rule-violation", "Clinical rule violated", 422),
    /** The event log or the read models' database does not answer (answered with Retry-After). */
    UNAVAILABLE("urn:isoledger:problem:unavailable", "Service unavailable", 503),

    // Refused at the HTTP edge as malformed requests, each titled by what is too large.
    BODY_TOO_LARGE("urn:isoledger:problem:invalid-request", "Request body too large", 413),
    URI_TOO_LONG("urn:isoledger:problem:invalid-request", "URI too long", 414),
    HEADERS_TOO_LARGE("urn:isoledger:problem:invalid-request", "Request header fields too large", 431),

    // Plain HTTP answers, from JAX-RS's own matching.
    NO_SUCH_PATH("Not Found", 404),
    /** Answered with an {@code Allow} header when the path takes other methods. */
    METHOD_NOT_ALLOWED("Method Not Allowed", 405),
    NOT_ACCEPTABLE("Not Acceptable", 406),
    UNSUPPORTED_MEDIA_TYPE("Unsupported Media Type", 415),
    INTERNAL_ERROR("Internal Server Error", 500);

    /** The type of a problem that says no more than its HTTP status. */
    public static final String ABOUT_BLANK = "about:blank";

    private final String uri;
    private final String title;
    private final int status;

    ProblemType(String uri, String title, int status) {
        this.uri = uri;
        this.title = title;
        this.status = status;
    }

    /** A plain HTTP answer: type {@code about:blank}, titled by the status's reason phrase. */
    ProblemType(String reasonPhrase, int status) {
        this("about:blank", reasonPhrase, status);
    }

    /** The plain HTTP answer of the catalogue with that status, if it lists one. */
    public static Optional<ProblemType> plainHttp(int status) {
        return Arrays.stream(values())
                .filter(type -> type.uri.equals(ABOUT_BLANK) && type.status == status)
                .findFirst();
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The status as an OpenAPI response code. */
    public String responseCode() {
        return Integer.toString(status);
    }

    public Problem problem(String detail, String instance) {
        return problem(detail, instance, null, null);
    }

    public Problem problem(
            String detail, String instance, List<Problem.FieldError> errors, List<Violation> violations) {
        return new Problem(uri, title, status, detail, instance, errors, violations);
    }
}
