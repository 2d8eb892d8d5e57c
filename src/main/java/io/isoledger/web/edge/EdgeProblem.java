package io.isoledger.web.edge;

import io.isoledger.web.errors.Problem;
import io.isoledger.web.errors.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * A refusal at the HTTP edge ({@link EdgeRefusals}), written as a problem of the {@link ProblemType}
 * catalogue before JAX-RS is reached.
 */
final class EdgeProblem {

    private EdgeProblem() {}

    static void bodyTooLarge(RoutingContext context, long maxBodyBytes) {
        refuse(
                context,
                ProblemType.BODY_TOO_LARGE,
                "A request body may be at most " + maxBodyBytes + " bytes.",
                context.request().path(),
                true);
    }

    /**
     * A body the body reader refused otherwise (417: an Expect other than 100-continue): a malformed
     * request, titled by the status's reason phrase. The connection is closed.
     */
    static void bodyUnreadable(RoutingContext context, int status, String reasonPhrase) {
        String detail = "The request body could not be read: " + reasonPhrase + ".";
        Problem problem = new Problem(
                ProblemType.INVALID_REQUEST.uri(),
                reasonPhrase,
                status,
                detail,
                context.request().path(),
                null,
                null);
        write(context, problem, true);
    }

    /**
     * @param close whether to close the connection once answered: after a refused body or request
     *     line the connection is not in a state to read another request from
     */
    static void refuse(RoutingContext context, ProblemType type, String detail, String instance, boolean close) {
        write(context, type.problem(detail, instance), close);
    }

    private static void write(RoutingContext context, Problem problem, boolean close) {
        JsonObject body = new JsonObject()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail())
                .put("instance", problem.instance());
        var response = context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> context.request().connection().close());
        }
        response.end(body.encode());
    }
}
