package io.isoledger.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request of the corpus: what is sent, and what the service must answer.
 *
 * @param category what kind of hostility, e.g. {@code wrong-type}
 * @param operation the operation of the OpenAPI document it targets, e.g. {@code POST /api/v1/patients}
 * @param description what is wrong with it, e.g. {@code weightKg = "12" (string for number)}
 * @param path the raw request path and query, already percent-encoded as it goes on the wire
 * @param body the body bytes, or null for none
 * @param chunked send the body with chunked transfer encoding, without a Content-Length
 * @param expectedStatus the statuses an integration team expects (all 4xx)
 * @param expectedField the field the problem's {@code errors[].field} must name, or null
 */
record HostileRequest(
        String category,
        String operation,
        String description,
        String method,
        String path,
        Map<String, String> headers,
        byte[] body,
        boolean chunked,
        Set<Integer> expectedStatus,
        String expectedField) {

    static HostileRequest of(
            String category,
            OpenApiWalker.Operation op,
            String description,
            String path,
            String json,
            int... expectedStatus) {
        Map<String, String> headers = json == null ? acceptHeader() : jsonHeaders();
        headers.put("Accept", op.accept());
        return new HostileRequest(
                category,
                op.toString(),
                description,
                op.method(),
                path,
                headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                false,
                statuses(expectedStatus),
                null);
    }

    static Map<String, String> acceptHeader() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        return headers;
    }

    static Map<String, String> jsonHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        return headers;
    }

    static Set<Integer> statuses(int... statuses) {
        Set<Integer> set = new TreeSet<>();
        for (int s : statuses) {
            set.add(s);
        }
        return Set.copyOf(set);
    }

    HostileRequest naming(String field) {
        return new HostileRequest(
                category, operation, description, method, path, headers, body, chunked, expectedStatus, field);
    }

    HostileRequest withMethod(String newMethod) {
        return new HostileRequest(
                category,
                operation,
                description,
                newMethod,
                path,
                headers,
                body,
                chunked,
                expectedStatus,
                expectedField);
    }

    HostileRequest withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (value == null) {
            h.remove(name);
        } else {
            h.put(name, value);
        }
        return new HostileRequest(
                category, operation, description, method, path, h, body, chunked, expectedStatus, expectedField);
    }

    /** The same request with a JSON body of these bytes. */
    HostileRequest withBody(byte[] newBody, boolean newChunked) {
        Map<String, String> h = new LinkedHashMap<>(jsonHeaders());
        h.putAll(headers);
        return new HostileRequest(
                category, operation, description, method, path, h, newBody, newChunked, expectedStatus, expectedField);
    }

    /** The test's name: the operation and what is wrong, control characters escaped. */
    String displayName() {
        return Text.printable(
                operation + (method.equals(operation.substring(0, operation.indexOf(' '))) ? "" : " as " + method)
                        + " — " + description,
                220);
    }

    /** For a failure message: the request as sent, the body cut short. */
    String describe() {
        StringBuilder s = new StringBuilder(method).append(' ').append(Text.printable(path, 300));
        if (!headers.containsKey(HttpSender.AUTHORIZATION)) {
            s.append("\n  Authorization: Bearer (the clinic's token: prescriber, nurse)");
        }
        headers.forEach((k, v) ->
                s.append("\n  ").append(k).append(": ").append(v.isEmpty() ? "(none)" : Text.printable(v, 120)));
        if (chunked) {
            s.append("\n  Transfer-Encoding: chunked");
        }
        if (body != null) {
            s.append("\n  body (")
                    .append(body.length)
                    .append(" bytes): ")
                    .append(Text.printable(new String(body, StandardCharsets.UTF_8), 400));
        }
        return s.toString();
    }
}
