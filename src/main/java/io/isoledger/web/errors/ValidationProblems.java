package io.isoledger.web.errors;

import io.isoledger.web.errors.Problem.FieldError;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a request that fails Bean Validation with 400 {@link ProblemType#INVALID_REQUEST}, naming
 * each field as the client knows it ({@link FieldPaths}); the body the JSON reader could not read at
 * all is {@link UnreadableBodyProblems}'s.
 */
public class ValidationProblems {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return ProblemResponses.badRequest("Invalid value for " + fields + ".", errors, uri);
    }
}
