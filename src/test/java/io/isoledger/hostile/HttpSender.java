package io.isoledger.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Sends requests byte for byte as given: raw paths, raw bodies, chunked or not. */
final class HttpSender {

    record Reply(int status, Optional<String> contentType, Optional<String> connection, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The media type without parameters, e.g. application/problem+json. */
        String mediaType() {
            return contentType.map(t -> t.split(";")[0].trim().toLowerCase()).orElse("(none)");
        }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String describe() {
            return status + " " + contentType.orElse("(no Content-Type)")
                    + connection.map(c -> " (Connection: " + c + ")").orElse("") + " " + Text.printable(text(), 600);
        }
    }

    /** A request's own Authorization header replaces the default one; an empty one means none. */
    static final String AUTHORIZATION = "Authorization";

    private final HttpClient client = newClient();
    private final String base;
    private final String bearerToken;

    /** @param bearerToken sent with every request that does not bring an Authorization header of its own */
    HttpSender(String base, String bearerToken) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.bearerToken = bearerToken;
    }

    Reply send(HostileRequest r) throws IOException, InterruptedException {
        return send(r.method(), r.path(), r.headers(), r.body(), r.chunked());
    }

    Reply send(String method, String path, java.util.Map<String, String> headers, byte[] body, boolean chunked)
            throws IOException, InterruptedException {
        // The service closes the connection after refusing an oversized request line or body
        // (Connection: close); a connection of their own keeps that from the pooled ones.
        boolean oversized = path.length() > 4000 || body != null && body.length > 60_000;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body != null && body.length > 60_000) {
            // Without it the service answers 413 and closes while the body is still being sent, and
            // the client often sees a reset connection instead of the 413.
            b.expectContinue(true);
        }
        headers.forEach((name, value) -> {
            if (!value.isEmpty()) {
                b.header(name, value);
            }
        });
        if (!headers.containsKey(AUTHORIZATION)) {
            b.header(AUTHORIZATION, "Bearer " + bearerToken);
        }
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (chunked) {
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
        }
        b.method(method, publisher);
        HttpClient via = oversized ? newClient() : client;
        HttpResponse<byte[]> response = via.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type"),
                response.headers().firstValue("Connection"),
                response.body());
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, java.util.Map.of("Accept", "application/json"), null, false);
    }

    Reply postJson(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, HostileRequest.jsonHeaders(), json.getBytes(StandardCharsets.UTF_8), false);
    }
}
