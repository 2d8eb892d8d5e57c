package io.isoledger.web.openapi;

import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.isoledger.testsupport.AuthenticatedApiTest;
import io.isoledger.testsupport.IsoLedgerTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * openapi/openapi.yaml is the committed contract: it must be exactly what the service serves.
 * To update it after an intended change: run this test, which saves the served document as
 * target/openapi-served.yaml when they differ, and copy that over the committed one. The build
 * compiles a client generated from the committed document (client/GeneratedClientCourseTest): if
 * the committed one no longer yields a client that compiles, run this test once with
 * -Dcodegen.skip=true after deleting target/generated-test-sources/openapi-client.
 */
@QuarkusTest
@WithTestResource(IsoLedgerTestEnvironment.class)
class OpenApiDocumentTest extends AuthenticatedApiTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedDocument_isWhatTheServiceServes() throws Exception {
        String served =
                get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(COMMITTED));
        if (!committed.equals(YAML.readTree(served))) {
            Files.writeString(Path.of("target", "openapi-served.yaml"), served);
        }
        assertThat(YAML.readTree(served))
                .as("openapi/openapi.yaml differs from the served document (saved as target/openapi-served.yaml)")
                .isEqualTo(committed);
    }

    @Test
    void everyOperation_hasASummary_aSuccessResponse_andA400ProblemWhenItTakesInput() throws Exception {
        JsonNode paths = YAML.readTree(Files.readString(COMMITTED)).get("paths");
        List<String> incomplete = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            JsonNode responses = operation.path("responses");
            boolean takesInput = operation.has("parameters") || operation.has("requestBody");
            boolean documented = operation.hasNonNull("summary")
                    && (responses.has("200") || responses.has("201") || responses.has("202"))
                    && (!takesInput || responses.path("400").path("content").has("application/problem+json"));
            if (!documented) {
                incomplete.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(incomplete).isEmpty();
    }

    @Test
    void everyRequestBodySchema_refusesPropertiesItDoesNotList_asTheServiceDoes() throws Exception {
        JsonNode document = YAML.readTree(Files.readString(COMMITTED));
        JsonNode schemas = document.path("components").path("schemas");
        List<String> open = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue()
                .fields()
                .forEachRemaining(
                        op -> op.getValue().path("requestBody").path("content").forEach(media -> {
                            String ref = media.path("schema").path("$ref").asText();
                            String name = ref.substring(ref.lastIndexOf('/') + 1);
                            if (schemas.path(name).path("additionalProperties").asBoolean(true)) {
                                open.add(op.getKey().toUpperCase() + " " + path.getKey() + " (" + name + ")");
                            }
                        })));
        assertThat(open).isEmpty();
    }

    @Test
    void swaggerUi_isServed() {
        get("/q/swagger-ui/").then().statusCode(200);
    }
}
