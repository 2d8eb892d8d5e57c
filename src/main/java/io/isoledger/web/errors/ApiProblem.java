package io.isoledger.web.errors;

import io.isoledger.domain.Violation;
import java.util.List;

/**
 * A refusal a feature or the write path throws, one of the {@link ProblemType} catalogue with its
 * detail; {@link ProblemMapper} answers it as a {@link Problem}.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final List<Violation> violations;

    private ApiProblem(ProblemType type, String detail, List<Problem.FieldError> errors, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.errors = errors;
        this.violations = violations;
    }

    /** A malformed request the detail explains, naming no single field. */
    public static ApiProblem invalidRequest(String detail) {
        return new ApiProblem(ProblemType.INVALID_REQUEST, detail, null, null);
    }

    /** A malformed query parameter (or other single field), named. */
    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(
                ProblemType.INVALID_REQUEST,
                "Invalid value for " + field + ".",
                List.of(new Problem.FieldError(field, message)),
                null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(ProblemType.NOT_FOUND, detail, null, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(ProblemType.CONFLICT, detail, null, null);
    }

    public static ApiProblem invalidState(String detail) {
        return new ApiProblem(ProblemType.INVALID_STATE, detail, null, null);
    }

    public static ApiProblem idempotencyMismatch(String key) {
        return new ApiProblem(
                ProblemType.IDEMPOTENCY_KEY_REUSED,
                "Idempotency-Key " + key + " was first used with another request; nothing was appended.",
                null,
                null);
    }

    public static ApiProblem ruleViolation(String detail, List<Violation> violations) {
        return new ApiProblem(ProblemType.RULE_VIOLATION, detail, null, List.copyOf(violations));
    }

    public ProblemType type() {
        return type;
    }

    /** The problem detail answered for the request at {@code instance}. */
    public Problem toProblem(String instance) {
        return type.problem(getMessage(), instance, errors, violations);
    }
}
