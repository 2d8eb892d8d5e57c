package io.isoledger.web.openapi;

import io.isoledger.web.errors.Problem;
import io.isoledger.web.errors.ProblemMapper;
import io.isoledger.web.errors.ProblemType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation shares, in one place rather than on each
 * method: what the error mappers ({@link ProblemMapper} and its neighbours) and the HTTP edge can
 * answer for that kind of operation, by the statuses of the {@link ProblemType} catalogue.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String WRITE_RESULT_SCHEMA = "#/components/schemas/WriteResult";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        StrictRequestSchemas.mark(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean patientPath = path.contains("{patientId}");
            item.getOperations().forEach((method, operation) -> document(method, operation, path, patientPath));
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, String path, boolean patientPath) {
        APIResponses responses = operation.getResponses();
        // The generator documents a secured operation's 401 and 403 bare; they are problems too.
        if (responses.hasAPIResponse(ProblemType.UNAUTHENTICATED.responseCode())) {
            add(responses, ProblemType.UNAUTHENTICATED, "A valid bearer token is required");
        }
        if (responses.hasAPIResponse(ProblemType.FORBIDDEN.responseCode())) {
            add(responses, ProblemType.FORBIDDEN, "The token's roles do not allow this");
        }
        if (method == PathItem.HttpMethod.POST && path.startsWith("/api/v1/patients")) {
            add(
                    responses,
                    "202",
                    "Decided and committed, but not yet projected: read again at the position token",
                    content("application/json", WRITE_RESULT_SCHEMA));
            add(responses, ProblemType.INVALID_REQUEST, "Malformed or invalid request: the problem names each field");
            if (patientPath) {
                add(responses, ProblemType.NOT_FOUND, "No patient of that id is enrolled");
            }
            add(
                    responses,
                    ProblemType.CONFLICT,
                    "Already exists (a patient or prescription id), or not possible in the patient's current state");
            if (operation.getRequestBody() != null) {
                add(
                        responses,
                        ProblemType.BODY_TOO_LARGE,
                        "The request body is over 64 KB (quarkus.http.limits.max-body-size)");
            }
            add(
                    responses,
                    ProblemType.RULE_VIOLATION,
                    "A clinical rule forbids it (the problem lists every violated rule id), or the Idempotency-Key"
                            + " was first used with another request");
            add(
                    responses,
                    ProblemType.UNAVAILABLE,
                    "The event log did not decide in time; nothing is reported as done. Retry after"
                            + " Retry-After seconds with the same Idempotency-Key: the command may have been recorded");
        } else {
            boolean hasParameters = operation.getParameters() != null
                    && !operation.getParameters().isEmpty();
            if (hasParameters) {
                add(responses, ProblemType.INVALID_REQUEST, "Malformed id in the path or malformed query parameter");
            }
            if (path.contains("{")) {
                add(responses, ProblemType.NOT_FOUND, "Not found");
            }
            if (path.startsWith("/api/v1/patients")
                    || path.startsWith("/api/v1/analytics")
                    || path.startsWith("/api/v1/worklist")) {
                add(
                        responses,
                        ProblemType.UNAVAILABLE,
                        "The read models' database does not answer; retry after Retry-After seconds");
            }
        }
    }

    private static void add(APIResponses responses, ProblemType problem, String description) {
        add(responses, problem.responseCode(), description, content(Problem.MEDIA_TYPE, PROBLEM_SCHEMA));
    }

    private static void add(APIResponses responses, String code, String description, Content content) {
        // Keep what a resource documented itself; replace the generator's bare "Bad Request".
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Content content(String mediaType, String schemaRef) {
        return OASFactory.createContent()
                .addMediaType(
                        mediaType,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(schemaRef)));
    }
}
