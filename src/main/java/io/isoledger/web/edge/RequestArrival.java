package io.isoledger.web.edge;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.OptionalLong;

/**
 * When each request arrived, taken on the event loop before it waits for a worker thread, and kept
 * in the request's own context, which Quarkus carries to that thread. A write's deadline runs from
 * here ({@code io.isoledger.write.Writes}): under more load than the service decides, a request that
 * waited its whole reply timeout in the queue is answered 503 at once instead of being sent late.
 */
@ApplicationScoped
public class RequestArrival {

    private static final String KEY = "isoledger.request-arrival-nanos";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestArrival::stamp);
    }

    private static void stamp(RoutingContext context) {
        ContextLocals.put(KEY, System.nanoTime());
        context.next();
    }

    /** The {@link System#nanoTime()} the current request arrived at; empty outside a request. */
    public static OptionalLong nanos() {
        try {
            return ContextLocals.<Long>get(KEY).map(OptionalLong::of).orElse(OptionalLong.empty());
        } catch (UnsupportedOperationException | IllegalStateException notInARequest) {
            return OptionalLong.empty();
        }
    }
}
