package io.isoledger.web.edge;

import io.isoledger.web.errors.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A refusal at the HTTP edge ({@link EdgeRefusals}), written as a problem before JAX-RS is reached. */
final class EdgeProblem {

    private static final String INVALID_REQUEST = "urn:isoledger:problem:invalid-request";

    private EdgeProblem() {}

    static void bodyTooLarge(RoutingContext context, long maxBodyBytes) {
        refuse(
                context,
                413,
                "Request body too large",
                "A request body may be at most " + maxBodyBytes + " bytes.",
                context.request().path(),
                true);
    }

    /**
     * @param close whether to close the connection once answered: after a refused body or request
     *     line the connection is not in a state to read another request from
     */
    static void refuse(
            RoutingContext context, int status, String title, String detail, String instance, boolean close) {
        JsonObject problem = new JsonObject()
                .put("type", INVALID_REQUEST)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance);
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> context.request().connection().close());
        }
        response.end(problem.encode());
    }
}
