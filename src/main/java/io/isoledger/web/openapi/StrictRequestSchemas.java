package io.isoledger.web.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says in the document what the service enforces (strict JSON): a request body, and every object
 * inside it, takes no property beyond those listed ({@code additionalProperties: false}). A client
 * generated from the document then knows that an unknown field is a 400, not ignored.
 */
public final class StrictRequestSchemas {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private StrictRequestSchemas() {}

    static void mark(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Deque<Schema> toVisit = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .values()
                .forEach(operation -> requestSchemas(operation, toVisit)));
        Set<Schema> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> refsSeen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (!visited.add(schema)) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT_PREFIX) && refsSeen.add(ref)) {
                Schema component = components.get(ref.substring(COMPONENT_PREFIX.length()));
                if (component != null) {
                    toVisit.push(component);
                }
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
                schema.getProperties().values().forEach(toVisit::push);
            }
            if (schema.getItems() != null) {
                toVisit.push(schema.getItems());
            }
            if (schema.getAllOf() != null) {
                schema.getAllOf().forEach(toVisit::push);
            }
        }
    }

    private static void requestSchemas(Operation operation, Deque<Schema> toVisit) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Map<String, MediaType> media = operation.getRequestBody().getContent().getMediaTypes();
        if (media == null) {
            return;
        }
        media.values().stream()
                .map(MediaType::getSchema)
                .filter(java.util.Objects::nonNull)
                .forEach(toVisit::push);
    }
}
