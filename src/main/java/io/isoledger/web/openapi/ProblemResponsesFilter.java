package io.isoledger.web.openapi;

import io.isoledger.web.errors.Problem;
import io.isoledger.web.errors.ProblemMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation shares, in one place rather than on each
 * method: what the one error mapper ({@link ProblemMapper}) can answer for that kind of operation.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

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
        if (method == PathItem.HttpMethod.POST && path.startsWith("/api/v1/patients")) {
            add(
                    responses,
                    "202",
                    "Decided and committed, but not yet projected: read again at the position token",
                    false);
            add(responses, "400", "Malformed or invalid request: the problem names each field", true);
            if (patientPath) {
                add(responses, "404", "No patient of that id is enrolled", true);
            }
            add(responses, "409", "Already exists (a patient or prescription id)", true);
            if (operation.getRequestBody() != null) {
                add(responses, "413", "The request body is over 64 KB (quarkus.http.limits.max-body-size)", true);
            }
            add(responses, "422", "A clinical rule forbids it: the problem lists every violated rule id", true);
            add(
                    responses,
                    "503",
                    "The event log did not decide in time; nothing is reported as done. Retry after"
                            + " Retry-After seconds with the same Idempotency-Key: the command may have been recorded",
                    true);
        } else {
            boolean hasParameters = operation.getParameters() != null
                    && !operation.getParameters().isEmpty();
            if (hasParameters) {
                add(responses, "400", "Malformed id in the path or malformed query parameter", true);
            }
            if (path.contains("{")) {
                add(responses, "404", "Not found", true);
            }
            if (path.startsWith("/api/v1/patients")
                    || path.startsWith("/api/v1/analytics")
                    || path.startsWith("/api/v1/worklist")) {
                add(
                        responses,
                        "503",
                        "The read models' database does not answer; retry after Retry-After seconds",
                        true);
            }
        }
    }

    private static void add(APIResponses responses, String code, String description, boolean problem) {
        // Keep what a resource documented itself; replace the generator's bare "Bad Request".
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        var response = OASFactory.createAPIResponse().description(description);
        if (problem) {
            response.content(OASFactory.createContent()
                    .addMediaType(
                            Problem.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        } else {
            response.content(OASFactory.createContent()
                    .addMediaType(
                            "application/json",
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("#/components/schemas/WriteResult"))));
        }
        responses.addAPIResponse(code, response);
    }
}
