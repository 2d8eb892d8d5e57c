package io.isoledger.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refusals at the HTTP edge, before JAX-RS: a ';' in the path, which JAX-RS would read as a matrix
 * parameter and act on the id before it ("/patients/P-1;DROP" is P-1). An id must mean exactly
 * what was sent.
 */
@ApplicationScoped
public class MatrixParameters {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseMatrixParameters);
    }

    private void refuseMatrixParameters(RoutingContext context) {
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (!path.contains(";")) {
            context.next();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "urn:isoledger:problem:invalid-request")
                .put("title", "Invalid request")
                .put("status", 400)
                .put("detail", "A path may not contain ';' (matrix parameters are not supported).")
                .put("instance", path);
        context.response()
                .setStatusCode(400)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(problem.encode());
    }
}
