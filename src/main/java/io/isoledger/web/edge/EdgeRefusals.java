package io.isoledger.web.edge;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.web.errors.ProblemType;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals at the HTTP edge, before JAX-RS, each answered with an RFC 9457 problem of the {@link
 * ProblemType} catalogue like every other refusal ({@link EdgeProblem}):
 *
 * <ul>
 *   <li>a request target longer than {@code isoledger.http.max-uri-length}: 414;
 *   <li>headers larger than {@code isoledger.http.max-header-size} together: 431;
 *   <li>a body over {@code quarkus.http.limits.max-body-size}: 413, whether the Content-Length
 *       declares it or a chunked body grows past it, and the connection is closed (the rest of the
 *       body is never read);
 *   <li>a ';' in the path, which JAX-RS would read as a matrix parameter and act on the id before
 *       it ("/patients/P-1;DROP" is P-1): 400. An id must mean exactly what was sent.
 * </ul>
 *
 * The HTTP server's own limits sit further out ({@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size}); only requests past those are refused without a problem body.
 */
@ApplicationScoped
public class EdgeRefusals {

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final long maxHeaderBytes;

    EdgeRefusals(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            IsoLedgerConfig config) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUriLength = config.http().maxUriLength();
        this.maxHeaderBytes = config.http().maxHeaderSize().bytes();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseAtTheEdge);
        // A chunked body declares no length: read it here, up to the limit, before JAX-RS sees it.
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route()
                .order(Integer.MIN_VALUE + 1)
                .handler(context -> {
                    if (isChunked(context)) {
                        chunkedBodies.handle(context);
                    } else {
                        context.next();
                    }
                })
                .failureHandler(context -> {
                    int status = context.statusCode();
                    if (context.response().headWritten() || status < 400 || status > 499) {
                        context.next();
                    } else if (status == 413) {
                        EdgeProblem.bodyTooLarge(context, maxBodyBytes);
                    } else {
                        EdgeProblem.bodyUnreadable(
                                context,
                                status,
                                HttpResponseStatus.valueOf(status).reasonPhrase());
                    }
                });
    }

    private void refuseAtTheEdge(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            EdgeProblem.refuse(
                    context,
                    ProblemType.URI_TOO_LONG,
                    "The request target is " + uri.length() + " characters long; at most " + maxUriLength
                            + " are accepted.",
                    uri.substring(0, Math.min(200, uri.length())) + "…",
                    true);
            return;
        }
        long headerBytes = headerBytes(context);
        if (headerBytes > maxHeaderBytes) {
            EdgeProblem.refuse(
                    context,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request's headers take " + headerBytes + " bytes; at most " + maxHeaderBytes
                            + " are accepted.",
                    context.request().path(),
                    true);
            return;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (path.contains(";")) {
            EdgeProblem.refuse(
                    context,
                    ProblemType.INVALID_REQUEST,
                    "A path may not contain ';' (matrix parameters are not supported).",
                    path,
                    false);
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaresMoreThan(length, maxBodyBytes)) {
            EdgeProblem.bodyTooLarge(context, maxBodyBytes);
            return;
        }
        context.next();
    }

    private static boolean declaresMoreThan(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            // Not a length at all; the HTTP server refuses such a request before this handler.
            return false;
        }
    }

    /** The headers' size as sent: each name, ": ", value and line end. */
    private static long headerBytes(RoutingContext context) {
        long bytes = 0;
        for (var header : context.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }
}
