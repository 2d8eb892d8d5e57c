package io.isoledger.web.edge;

import io.isoledger.logging.LogContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request's log lines carry its correlation id ({@link LogContext}): the caller's {@code
 * X-Correlation-Id} when it is one (1-100 visible ASCII characters, as {@code write.WriteContext}
 * accepts), else a new UUID, which a write then records as its events' {@code ce_correlationid}. Set
 * first, before the edge's refusals, in the request's own context, which Quarkus carries to the worker
 * thread that runs the resource.
 */
@ApplicationScoped
public class RequestCorrelation {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[\\x21-\\x7E]{1,100}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::correlate);
    }

    private void correlate(RoutingContext context) {
        String sent = context.request().getHeader(HEADER);
        LogContext.correlate(
                sent != null && ACCEPTED.matcher(sent).matches()
                        ? sent
                        : UUID.randomUUID().toString());
        context.next();
    }
}
