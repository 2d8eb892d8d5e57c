package io.isoledger.web.errors;

import io.isoledger.domain.Violation;
import java.util.List;

/** A failure the API answers with a problem detail; the one error mapper renders it. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Violation> violations;
    private List<Problem.FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = violations;
    }

    /** A malformed query parameter (or other single field), named. */
    public static ApiProblem invalidField(String field, String message) {
        ApiProblem problem = new ApiProblem(
                400,
                "urn:isoledger:problem:invalid-request",
                "Invalid request",
                "Invalid value for " + field + ".",
                null);
        problem.errors = List.of(new Problem.FieldError(field, message));
        return problem;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "urn:isoledger:problem:not-found", "Not found", detail, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "urn:isoledger:problem:conflict", "Already exists", detail, null);
    }

    public static ApiProblem invalidState(String detail) {
        return new ApiProblem(
                409, "urn:isoledger:problem:invalid-state", "Not possible in the current state", detail, null);
    }

    public static ApiProblem idempotencyMismatch(String key) {
        return new ApiProblem(
                422,
                "urn:isoledger:problem:idempotency-key-reused",
                "Idempotency key reused",
                "Idempotency-Key " + key + " was first used with another request; nothing was appended.",
                null);
    }

    public static ApiProblem ruleViolation(String detail, List<Violation> violations) {
        return new ApiProblem(
                422, "urn:isoledger:problem:rule-violation", "Clinical rule violated", detail, List.copyOf(violations));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
