package io.isoledger.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends requests byte for byte as given, over a socket of their own: raw paths, raw header values,
 * bodies chunked or not, {@code Expect: 100-continue} honoured. An HTTP client library would
 * normalise or refuse much of what the corpus must send, and reports a connection the server closes
 * on a refused body as an error instead of the answer that came before it.
 */
final class HttpSender {

    record Reply(int status, Optional<String> contentType, Optional<String> connection, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The media type without parameters, e.g. application/problem+json. */
        String mediaType() {
            return contentType
                    .map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT))
                    .orElse("(none)");
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

    private static final int TIMEOUT_MILLIS = 60_000;
    private static final int CHUNK = 8192;
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final String host;
    private final int port;
    private final String bearerToken;

    /** @param bearerToken sent with every request that does not bring an Authorization header of its own */
    HttpSender(String base, String bearerToken) {
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.bearerToken = bearerToken;
    }

    Reply send(HostileRequest r) throws IOException {
        return send(r.method(), r.path(), r.headers(), r.body(), r.chunked());
    }

    Reply send(String method, String path, Map<String, String> headers, byte[] body, boolean chunked)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            out.write(head(method, path, headers, body, chunked));
            out.flush();
            boolean expectContinue = headers.entrySet().stream()
                    .anyMatch(h -> h.getKey().equalsIgnoreCase("Expect")
                            && h.getValue().equalsIgnoreCase("100-continue"));
            Thread writer = null;
            if (body != null && !expectContinue) {
                writer = writeBody(out, body, chunked);
            }
            Response response = Response.read(in, method);
            while (response.status() / 100 == 1) {
                if (body != null && expectContinue && writer == null) {
                    writer = writeBody(out, body, chunked);
                }
                response = Response.read(in, method);
            }
            return new Reply(
                    response.status(),
                    Optional.ofNullable(response.headers().get("content-type")),
                    Optional.ofNullable(response.headers().get("connection")),
                    response.body());
        }
    }

    private byte[] head(String method, String path, Map<String, String> headers, byte[] body, boolean chunked) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", host + ":" + port);
        headers.forEach((name, value) -> {
            if (!value.isEmpty()) {
                all.put(name, value);
            }
        });
        if (!headers.containsKey(AUTHORIZATION)) {
            all.put(AUTHORIZATION, "Bearer " + bearerToken);
        }
        if (body != null && chunked) {
            all.put("Transfer-Encoding", "chunked");
        } else if (body != null || BODY_METHODS.contains(method)) {
            all.put("Content-Length", String.valueOf(body == null ? 0 : body.length));
        }
        all.put("Connection", "close");
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        all.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the body on a thread of its own while the answer is read: a server may answer and close
     * before the body is all sent, and the answer is what the test is about.
     */
    private static Thread writeBody(OutputStream out, byte[] body, boolean chunked) {
        Thread writer = new Thread(
                () -> {
                    try {
                        if (!chunked) {
                            out.write(body);
                        } else {
                            for (int at = 0; at < body.length; at += CHUNK) {
                                int n = Math.min(CHUNK, body.length - at);
                                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                                out.write(body, at, n);
                                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                            }
                            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        out.flush();
                    } catch (IOException e) {
                        // The server answered and closed before reading it all: its answer counts.
                    }
                },
                "hostile-body-writer");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    /** One HTTP/1.1 response as read off the wire. Header names lower case, the first of each kept. */
    private record Response(int status, Map<String, String> headers, byte[] body) {

        static Response read(InputStream in, String method) throws IOException {
            String statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("the connection was closed without an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x status line: " + Text.printable(statusLine, 200));
            }
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.putIfAbsent(
                            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).trim());
                }
            }
            if (status / 100 == 1 || status == 204 || status == 304 || method.equals("HEAD")) {
                return new Response(status, headers, new byte[0]);
            }
            String encoding = headers.getOrDefault("transfer-encoding", "");
            if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                return new Response(status, headers, chunked(in));
            }
            String length = headers.get("content-length");
            if (length != null) {
                return new Response(status, headers, exactly(in, Integer.parseInt(length)));
            }
            return new Response(status, headers, untilClosed(in));
        }

        private static byte[] chunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                if (size == null) {
                    throw new IOException("the chunked body ended early");
                }
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                        // trailers are not used by the service
                    }
                    return body.toByteArray();
                }
                body.write(exactly(in, n));
                line(in);
            }
        }

        private static byte[] exactly(InputStream in, int n) throws IOException {
            byte[] bytes = in.readNBytes(n);
            if (bytes.length < n) {
                throw new IOException("the body ended after " + bytes.length + " of " + n + " bytes");
            }
            return bytes;
        }

        private static byte[] untilClosed(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[CHUNK];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    body.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // The server closed without reading the whole request: the body is what came before.
            }
            return body.toByteArray();
        }

        /** A CRLF- (or LF-) terminated line, or null at the end of the stream. */
        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
    }

    Reply get(String path) throws IOException {
        return send("GET", path, Map.of("Accept", "application/json"), null, false);
    }

    Reply postJson(String path, String json) throws IOException {
        return send("POST", path, HostileRequest.jsonHeaders(), json.getBytes(StandardCharsets.UTF_8), false);
    }
}
