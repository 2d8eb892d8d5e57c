package io.isoledger.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an integration team needs from openapi/openapi.yaml before it generates a client and
 * lints the document: a stable, unique operationId on every operation (the client's method names),
 * a description on every tag (the client's API classes), servers, a license and a contact, and
 * schemas of the wire, not of the Java types behind it. OpenApiDocumentTest proves the committed
 * document is the one the service serves.
 */
class ClientReadyDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final String CAMEL_CASE_VERB = "^[a-z]+[A-Za-z0-9]*$";

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new YAMLMapper().readTree(COMMITTED.toFile());
    }

    @Test
    void everyOperation_hasAUniqueCamelCaseOperationId() {
        List<String> missing = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String id = op.getValue().path("operationId").asText("");
                    if (id.isEmpty()) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey());
                    } else {
                        ids.add(id);
                    }
                }));
        assertThat(missing).as("operations without an operationId").isEmpty();
        assertThat(ids).as("operationIds").doesNotHaveDuplicates().allMatch(id -> id.matches(CAMEL_CASE_VERB));
        assertThat(ids)
                .contains(
                        "enrollPatient",
                        "issuePrescription",
                        "listPrescriptions",
                        "getPrescription",
                        "assessPrescriptionEligibility");
    }

    @Test
    void everyTagAnOperationUses_isDeclaredOnce_withADescription() {
        Set<String> declared = new LinkedHashSet<>();
        List<String> undescribed = new ArrayList<>();
        for (JsonNode tag : document.path("tags")) {
            assertThat(declared.add(tag.path("name").asText()))
                    .as("tag %s declared once", tag.path("name"))
                    .isTrue();
            if (tag.path("description").asText("").isBlank()) {
                undescribed.add(tag.path("name").asText());
            }
        }
        Set<String> used = new LinkedHashSet<>();
        document.path("paths")
                .forEach(item -> item.forEach(op -> op.path("tags").forEach(t -> used.add(t.asText()))));
        assertThat(undescribed).as("tags without a description").isEmpty();
        assertThat(declared).containsAll(used);
    }

    @Test
    void theDocument_namesItsServers_license_andContact() {
        assertThat(document.path("servers")).as("servers").isNotEmpty();
        document.path("servers")
                .forEach(server -> assertThat(server.path("url").asText()).isNotBlank());
        JsonNode license = document.path("info").path("license");
        assertThat(license.path("name").asText()).as("info.license.name").isNotBlank();
        assertThat(license.has("identifier") || license.has("url"))
                .as("info.license has an SPDX identifier or a url")
                .isTrue();
        assertThat(document.path("info").path("contact").isObject())
                .as("info.contact")
                .isTrue();
    }

    @Test
    void noSchema_describesAJacksonTypeInsteadOfTheWire() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.has("JsonNode"))
                .as("a schema of Jackson's JsonNode bean")
                .isFalse();
        assertThat(schemas.has("JsonNodeType")).isFalse();
        for (String event : List.of("AppendedEvent", "RecordedEvent")) {
            JsonNode data = schemas.path(event).path("properties").path("data");
            assertThat(data.path("type").asText()).as(event + ".data").isEqualTo("object");
            assertThat(data.has("$ref"))
                    .as(event + ".data refers to no Java type")
                    .isFalse();
            assertThat(data.path("description").asText()).contains("openapi/events/");
        }
    }
}
