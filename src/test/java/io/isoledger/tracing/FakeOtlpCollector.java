package io.isoledger.tracing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP endpoint on 127.0.0.1 that keeps every export request it receives, named to the
 * service as its traces collector: what an operator's collector would see. {@code GET /received}
 * lists them, one line each, {@code <path> <body in hex>}: the test reads them over HTTP, since it
 * does not share this resource's class loader.
 */
public class FakeOtlpCollector implements QuarkusTestResourceLifecycleManager {

    /** The export requests (protobuf ExportTraceServiceRequest): path and body in hex. */
    private final List<String> received = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/received", exchange -> {
            byte[] listing = String.join("\n", received).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, listing.length == 0 ? -1 : listing.length);
            exchange.getResponseBody().write(listing);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getPath() + " "
                    + HexFormat.of().formatHex(exchange.getRequestBody().readAllBytes()));
            // An empty ExportTraceServiceResponse: everything accepted.
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of(
                "quarkus.otel.exporter.otlp.traces.endpoint",
                "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.traces.protocol",
                "http/protobuf",
                "quarkus.otel.bsp.schedule.delay",
                "50ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
