package io.isoledger.web.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.isoledger.web.errors.Problem.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a body the JSON reader could not read with 400 {@link ProblemType#INVALID_REQUEST}, naming
 * the field when it is known and saying what is wrong with it ({@link UnreadableFields}). JAX-RS may
 * also hand such a failure over wrapped ({@link WebExceptionProblems}).
 */
public class UnreadableBodyProblems {

    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class
    })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return answer(e, uri);
    }

    static Response answer(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return field(FieldPaths.of(mapping), UnreadableFields.reason(mapping), uri);
        }
        // A number out of range (2^63 for an int) fails in the parser, where the field is still known.
        if (e.getProcessor() instanceof JsonParser parser
                && parser.getParsingContext() != null
                && parser.getParsingContext().getCurrentName() != null) {
            return field(parser.getParsingContext().getCurrentName(), UnreadableFields.WRONG_TYPE, uri);
        }
        return ProblemResponses.badRequest("The request body is not valid JSON.", null, uri);
    }

    private static Response field(String field, String reason, UriInfo uri) {
        return ProblemResponses.badRequest(
                "Field " + field + " " + reason + ".", List.of(new FieldError(field, reason)), uri);
    }
}
