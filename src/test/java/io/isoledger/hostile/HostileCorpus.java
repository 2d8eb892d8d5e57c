package io.isoledger.hostile;

import static io.isoledger.hostile.HostileStrings.ARABIC;
import static io.isoledger.hostile.HostileStrings.JAPANESE;
import static io.isoledger.hostile.HostileStrings.SCRIPT;
import static io.isoledger.hostile.HostileStrings.SQL_DROP;
import static io.isoledger.hostile.HostileStrings.SQL_OR;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.isoledger.hostile.OpenApiWalker.Field;
import io.isoledger.hostile.OpenApiWalker.Operation;
import io.isoledger.hostile.OpenApiWalker.Parameter;
import io.isoledger.hostile.OpenApiWalker.Schema;
import io.isoledger.hostile.ValueMutators.Mutation;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The corpus: for every operation of the OpenAPI document, its valid request (the baseline, built
 * from the document's examples) changed in one hostile way at a time.
 */
final class HostileCorpus {

    /** The service refuses a longer request target with a 414 problem (isoledger.http.max-uri-length). */
    private static final int MAX_REQUEST_LINE = 8192;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Non-ASCII as JSON escapes, so even a lone surrogate reaches the server as sent (as \\ud800). */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    /** The ids the corpus uses: the fresh patient's, and ids that must stay unknown. */
    static final class Ids {
        final String patient;
        final List<String> mustStayUnknown = new ArrayList<>();
        private final String prefix;

        /** @param prefix of the ids never to be enrolled, e.g. NOBODY */
        Ids(String patient, String prefix) {
            this.patient = patient;
            this.prefix = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        }

        /** A valid id no one has enrolled, remembered so the test can check it still is not. */
        String unknownPatient() {
            String id = prefix + (mustStayUnknown.size() + 1);
            mustStayUnknown.add(id);
            return id;
        }
    }

    private final OpenApiWalker api;
    private final Ids ids;
    /** Made once: it takes a new RSA key pair. */
    private final String strangerToken = HostileTokens.stranger();
    /** Past in every time zone, yet recent enough for every rule. */
    private final LocalDate recently = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(3);

    HostileCorpus(OpenApiWalker api, Ids ids) {
        this.api = api;
        this.ids = ids;
    }

    List<HostileRequest> generate() {
        List<HostileRequest> corpus = new ArrayList<>();
        for (Operation op : api.operations()) {
            if (op.body() != null) {
                corpus.addAll(malformedJson(op));
                corpus.addAll(fieldValues(op));
                corpus.addAll(bareNumberTokens(op));
                corpus.addAll(missingFields(op));
                corpus.addAll(unknownFields(op));
                corpus.addAll(hugeBodies(op));
                corpus.addAll(headers(op));
                corpus.addAll(contentTypes(op));
            }
            corpus.addAll(pathParams(op));
            corpus.addAll(queryParams(op));
            corpus.addAll(unknownPatient(op));
            corpus.addAll(callers(op));
        }
        corpus.addAll(wrongMethods());
        corpus.addAll(conflicts());
        return corpus;
    }

    // ---------------------------------------------------------------------------------------------
    // The valid request of each operation
    // ---------------------------------------------------------------------------------------------

    /** The operation's valid body: the document's examples, dates moved to a recent day, fresh ids. */
    ObjectNode baseline(Operation op) {
        ObjectNode body = (ObjectNode) valid(op.body());
        if (body.has("patientId")) {
            // An enrolment: a new id each time, which must never become enrolled.
            body.put("patientId", ids.unknownPatient());
        }
        return body;
    }

    private JsonNode valid(Schema s) {
        return switch (s.type()) {
            case "object" -> {
                ObjectNode o = JSON.objectNode();
                s.properties().forEach((name, property) -> o.set(name, valid(property)));
                yield o;
            }
            case "array" ->
                s.example() != null ? s.example().deepCopy() : JSON.arrayNode().add(valid(s.items()));
            case "string" ->
                s.isDate()
                        ? JSON.textNode(recently.toString())
                        : s.example() != null
                                ? JSON.textNode(s.example().asText())
                                : JSON.textNode(s.enumValues().get(0));
            case "integer", "number" -> s.example() != null ? s.example() : JSON.numberNode(s.minimum());
            case "boolean" -> s.example() != null ? s.example() : JSON.booleanNode(true);
            default -> throw new IllegalStateException("No valid value for " + s);
        };
    }

    /** The path with valid values for its parameters, but those given (raw, already encoded). */
    String path(Operation op, Map<String, String> raw) {
        String path = op.path();
        for (Parameter p : op.parameters("path")) {
            path = path.replace("{" + p.name() + "}", raw.getOrDefault(p.name(), validPathValue(p)));
        }
        return path;
    }

    String path(Operation op) {
        return path(op, Map.of());
    }

    private String validPathValue(Parameter p) {
        if (p.name().equals("patientId")) {
            return ids.patient;
        }
        if ("integer".equals(p.schema().type())) {
            return "1";
        }
        return RegexSample.of(p.schema().pattern());
    }

    // ---------------------------------------------------------------------------------------------
    // Bodies
    // ---------------------------------------------------------------------------------------------

    private List<HostileRequest> malformedJson(Operation op) {
        String valid = write(baseline(op));
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("truncated body", valid.substring(0, valid.length() / 2));
        bodies.put("just an opening brace", "{");
        bodies.put("valid body followed by garbage", valid + " garbage");
        bodies.put("valid body followed by a second document", valid + write(baseline(op)));
        bodies.put("top-level array", "[" + valid + "]");
        bodies.put("top-level string", "\"" + valid.replace("\"", "\\\"") + "\"");
        bodies.put("top-level number", "42");
        bodies.put("top-level null", "null");
        bodies.put("empty body", "");
        bodies.put("single-quoted JSON", valid.replace('"', '\''));
        bodies.put("trailing comma", valid.substring(0, valid.length() - 1) + ",}");
        bodies.put("comment before the body", "/* hi */ " + valid);
        bodies.put("unquoted field names", valid.replaceAll("\"(\\w+)\":", "$1:"));
        bodies.put(
                "deeply nested arrays (5000 levels)",
                "{\"" + op.body().properties().keySet().iterator().next() + "\":" + "[".repeat(5000) + "]".repeat(5000)
                        + "}");
        List<HostileRequest> requests = new ArrayList<>();
        bodies.forEach(
                (what, body) -> requests.add(HostileRequest.of("malformed-json", op, what, path(op), body, 400)));
        requests.add(duplicateKey(op));
        // Bytes that are not UTF-8 inside a string value.
        ObjectNode withMarker = baseline(op);
        String firstString = firstTopLevelString(op.body());
        withMarker.put(firstString, "@@INVALID-UTF8@@");
        byte[] bytes = replace(write(withMarker), "@@INVALID-UTF8@@", new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        requests.add(HostileRequest.of(
                        "malformed-json", op, "invalid UTF-8 bytes (C3 28) in " + firstString, path(op), null, 400)
                .withBody(bytes, false));
        return requests;
    }

    /** The same key twice with two different valid values: which one counts is anybody's guess. */
    private HostileRequest duplicateKey(Operation op) {
        ObjectNode body = baseline(op);
        String key = null;
        String second = null;
        for (Map.Entry<String, Schema> p : op.body().properties().entrySet()) {
            Schema s = p.getValue();
            if (s.isDate()) {
                key = p.getKey();
                second = "\"" + recently.minusDays(1) + "\"";
                break;
            }
            if (s.isEnum() && s.enumValues().size() > 1) {
                key = p.getKey();
                String other = s.enumValues().stream()
                        .filter(v -> !v.equals(body.get(p.getKey()).asText()))
                        .findFirst()
                        .get();
                second = "\"" + other + "\"";
                break;
            }
        }
        String json = write(body);
        json = json.substring(0, json.length() - 1) + ",\"" + key + "\":" + second + "}";
        return HostileRequest.of(
                "malformed-json", op, "duplicate key " + key + " with two different valid values", path(op), json, 400);
    }

    /** Every field replaced by each hostile value of its schema. */
    private List<HostileRequest> fieldValues(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        for (Field field : OpenApiWalker.fields(op.body())) {
            JsonNode valid = Json.get(baseline(op), field.location());
            for (Mutation m : ValueMutators.of(field, valid)) {
                ObjectNode body = baseline(op);
                Json.set(body, field.location(), m.value());
                String what = field.path() + " = " + shorten(m.value()) + " — " + m.description()
                        + (m.hostileAnyway() == null ? "" : " (" + m.hostileAnyway() + ")");
                requests.add(HostileRequest.of(m.category(), op, what, path(op), write(body), 400)
                        .naming(field.path()));
            }
        }
        return requests;
    }

    /** NaN and Infinity as bare tokens: not JSON at all. */
    private List<HostileRequest> bareNumberTokens(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        for (Field field : OpenApiWalker.fields(op.body())) {
            if (!field.schema().isNumeric()) {
                continue;
            }
            for (String token : List.of("NaN", "-Infinity")) {
                ObjectNode body = baseline(op);
                Json.set(body, field.location(), JSON.textNode("@@TOKEN@@"));
                String json = write(body).replace("\"@@TOKEN@@\"", token);
                requests.add(HostileRequest.of(
                        "number-range",
                        op,
                        field.path() + " = " + token + " (bare token, not JSON)",
                        path(op),
                        json,
                        400));
            }
        }
        return requests;
    }

    private List<HostileRequest> missingFields(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        requests.add(HostileRequest.of("missing-field", op, "empty object {}", path(op), "{}", 400));
        for (Field field : OpenApiWalker.fields(op.body())) {
            if (!field.required()) {
                continue;
            }
            ObjectNode missing = baseline(op);
            Json.remove(missing, field.location());
            requests.add(HostileRequest.of(
                            "missing-field", op, "required " + field.path() + " missing", path(op), write(missing), 400)
                    .naming(field.path()));
            ObjectNode nulled = baseline(op);
            Json.set(nulled, field.location(), JSON.nullNode());
            requests.add(HostileRequest.of(
                            "missing-field", op, "required " + field.path() + " null", path(op), write(nulled), 400)
                    .naming(field.path()));
        }
        return requests;
    }

    private List<HostileRequest> unknownFields(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        Map<String, JsonNode> extras = new LinkedHashMap<>();
        extras.put("isAdmin", JSON.booleanNode(true));
        extras.put("__proto__", JSON.objectNode().put("isAdmin", true));
        extras.put("sequence", JSON.numberNode(1));
        if (!op.body().properties().containsKey("patientId")) {
            // Mass assignment: a body that names another patient than the path.
            extras.put("patientId", JSON.textNode(ids.unknownPatient()));
        }
        String first = op.body().properties().keySet().iterator().next();
        extras.put(first.toUpperCase(), JSON.textNode("x"));
        extras.forEach((name, value) -> {
            ObjectNode body = baseline(op);
            body.set(name, value);
            requests.add(HostileRequest.of(
                            "unknown-field", op, "unknown field " + name + " = " + value, path(op), write(body), 400)
                    .naming(name));
        });
        for (Field field : OpenApiWalker.fields(op.body())) {
            if ("array".equals(field.schema().type())
                    && "object".equals(field.schema().items().type())) {
                ObjectNode body = baseline(op);
                ((ObjectNode) body.get(field.name()).get(0)).put("isAdmin", true);
                requests.add(HostileRequest.of(
                                "unknown-field",
                                op,
                                "unknown field " + field.path() + "[0].isAdmin",
                                path(op),
                                write(body),
                                400)
                        .naming(field.path() + "[0].isAdmin"));
            }
        }
        return requests;
    }

    /** Bodies over the 64 KB limit: one string padded, so the JSON stays valid. */
    private List<HostileRequest> hugeBodies(Operation op) {
        String field = firstTopLevelString(op.body());
        List<HostileRequest> requests = new ArrayList<>();
        for (int size : List.of(70_000, 1_000_000)) {
            ObjectNode body = baseline(op);
            body.put(field, "A".repeat(size));
            requests.add(HostileRequest.of(
                    "huge-body",
                    op,
                    (size / 1000) + " KB body (" + field + " padded), Content-Length",
                    path(op),
                    write(body),
                    413));
        }
        ObjectNode body = baseline(op);
        body.put(field, "A".repeat(100_000));
        byte[] bytes = write(body).getBytes(StandardCharsets.UTF_8);
        requests.add(HostileRequest.of("huge-body", op, "100 KB body, chunked, no Content-Length", path(op), null, 413)
                .withBody(bytes, true));
        // As careful clients send a large body: the headers first, the body only after 100 Continue.
        requests.add(HostileRequest.of(
                        "huge-body", op, "100 KB body, Content-Length, Expect: 100-continue", path(op), null, 413)
                .withBody(bytes, false)
                .withHeader("Expect", "100-continue"));
        requests.add(
                HostileRequest.of("huge-body", op, "100 KB body, chunked, Expect: 100-continue", path(op), null, 413)
                        .withBody(bytes, true)
                        .withHeader("Expect", "100-continue"));
        return requests;
    }

    // ---------------------------------------------------------------------------------------------
    // Parameters
    // ---------------------------------------------------------------------------------------------

    private List<HostileRequest> headers(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        requests.add(HostileRequest.of("header", op, "headers over 20 KB together", path(op), write(baseline(op)), 431)
                .withHeader("X-Padding", "p".repeat(12_000))
                .withHeader("X-More-Padding", "q".repeat(12_000)));
        for (Parameter header : op.parameters("header")) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("101 characters", "x".repeat(101));
            values.put("a space inside", "a b");
            values.forEach((what, value) -> {
                if (header.schema().accepts(JSON.textNode(value))) {
                    return;
                }
                requests.add(
                        HostileRequest.of("header", op, header.name() + ": " + what, path(op), write(baseline(op)), 400)
                                .withHeader(header.name(), value)
                                .naming(header.name()));
            });
        }
        return requests;
    }

    private List<HostileRequest> contentTypes(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("text/plain", write(baseline(op)));
        bodies.put("application/xml", "<request><x>1</x></request>");
        bodies.put("application/x-www-form-urlencoded", "a=1&b=2");
        bodies.forEach((type, body) ->
                requests.add(HostileRequest.of("protocol", op, "Content-Type " + type, path(op), body, 415)
                        .withHeader("Content-Type", type)));
        return requests;
    }

    /** Odd values of each path parameter, raw as they go on the wire. */
    private List<HostileRequest> pathParams(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        String body = op.body() == null ? null : write(baseline(op));
        for (Parameter p : op.parameters("path")) {
            String valid = validPathValue(p);
            boolean number = "integer".equals(p.schema().type());
            Map<String, String> segments = new LinkedHashMap<>();
            segments.put("path traversal ..%2F..%2Fetc%2Fpasswd", "..%2F..%2Fetc%2Fpasswd");
            segments.put("NUL %00", "%00");
            segments.put(valid + " then NUL", valid + "%00");
            segments.put("5 000 characters", "A".repeat(5_000));
            segments.put("10 000 characters", "A".repeat(10_000));
            if (number) {
                for (String n : List.of("abc", "1.5", "9223372036854775808", "1e308", "NaN", "0x10")) {
                    segments.put(n, n);
                }
            } else {
                segments.put("65 characters", "A".repeat(65));
                segments.put("%E3%81%82 (Japanese)", "%E3%81%82");
                segments.put("Arabic", encode(ARABIC));
                segments.put("emoji", "%F0%9F%92%8A");
                segments.put("P-1;DROP", "P-1;DROP");
                segments.put(valid + ";DROP (matrix parameter on a valid id)", valid + ";DROP");
                segments.put(valid + "%3BDROP (encoded semicolon)", valid + "%3BDROP");
                segments.put("SQL injection " + SQL_OR, encode(SQL_OR));
                segments.put("SQL injection " + SQL_DROP, encode(SQL_DROP));
                segments.put("script injection", encode(SCRIPT));
                segments.put(valid + " then right-to-left override", valid + "%E2%80%AE");
                segments.put(valid + " then BEL", valid + "%07");
                segments.put("invalid UTF-8 %C3%28", "%C3%28");
                segments.put("a space", "P%201");
            }
            segments.forEach((what, raw) -> {
                String decoded = java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (number ? isInteger(decoded) : p.schema().accepts(JSON.textNode(decoded))) {
                    return;
                }
                String path = path(op, Map.of(p.name(), raw));
                // JAX-RS answers a path parameter it cannot convert with 404; the document says 400.
                int[] expected = path.length() > MAX_REQUEST_LINE
                        ? new int[] {414}
                        : number ? new int[] {400, 404} : new int[] {400};
                HostileRequest r =
                        HostileRequest.of("path-param", op, "{" + p.name() + "} = " + what, path, body, expected);
                // A ';' is refused at the HTTP edge for the whole path, before any parameter is known.
                boolean named = !number && path.length() <= MAX_REQUEST_LINE && !raw.contains(";");
                requests.add(named ? r.naming(p.name()) : r);
            });
        }
        return requests;
    }

    private List<HostileRequest> queryParams(Operation op) {
        List<HostileRequest> requests = new ArrayList<>();
        for (Parameter q : op.parameters("query")) {
            List<String> values = new ArrayList<>();
            switch (q.schema().type()) {
                case "boolean" -> values.addAll(List.of("maybe", "1", "yes"));
                case "integer" -> {
                    values.addAll(List.of("abc", "1.5", "-1", "0", "9223372036854775808", "1e308", "NaN"));
                    if (q.schema().maximum() != null) {
                        values.add(q.schema().maximum().add(BigDecimal.ONE).toPlainString());
                    }
                }
                default ->
                    values.addAll(List.of(
                            "2026-02-30",
                            "2026-13-01",
                            "99999-01-01",
                            "2026-11-20T00:00:00Z",
                            SQL_OR,
                            SCRIPT,
                            JAPANESE,
                            "\u0000",
                            "A".repeat(10_000)));
            }
            for (String value : values) {
                if (queryAccepts(q.schema(), value)) {
                    continue;
                }
                String path = path(op) + "?" + q.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                int[] expected = path.length() > MAX_REQUEST_LINE ? new int[] {414} : new int[] {400};
                HostileRequest r =
                        HostileRequest.of("query-param", op, q.name() + "=" + label(value), path, null, expected);
                requests.add(path.length() > MAX_REQUEST_LINE ? r : r.naming(q.name()));
            }
        }
        return requests;
    }

    private static boolean queryAccepts(Schema s, String value) {
        return switch (s.type()) {
            case "boolean" -> value.equals("true") || value.equals("false");
            case "integer", "number" -> {
                try {
                    yield s.accepts(JSON.numberNode(new BigDecimal(value)));
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
            default -> s.accepts(JSON.textNode(value));
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Unknown patients, wrong methods, conflicts
    // ---------------------------------------------------------------------------------------------

    private List<HostileRequest> unknownPatient(Operation op) {
        if (op.parameters("path").stream().noneMatch(p -> p.name().equals("patientId"))) {
            return List.of();
        }
        List<HostileRequest> requests = new ArrayList<>();
        String unknown = ids.unknownPatient();
        String path = path(op, Map.of("patientId", unknown));
        if (op.path().endsWith("{sequence}") || op.path().endsWith("{prescriptionId}")) {
            requests.add(HostileRequest.of("unknown-patient", op, "patient never enrolled", path, null, 404));
        } else {
            requests.add(HostileRequest.of(
                    "unknown-patient",
                    op,
                    "patient never enrolled, valid request",
                    path,
                    op.body() == null ? null : write(baseline(op)),
                    404));
        }
        if (op.body() != null) {
            requests.add(HostileRequest.of("unknown-patient", op, "patient never enrolled, body {}", path, "{}", 400));
        }
        return requests;
    }

    /**
     * Callers the operation must not serve: no token, tokens that are not the provider's (malformed,
     * foreign key, expired, other issuer, unsigned) with 401, and tokens without the operation's roles
     * or of another patient with 403, all carrying the operation's valid request.
     */
    private List<HostileRequest> callers(Operation op) {
        if (op.roles().isEmpty()) {
            return List.of();
        }
        String body = op.body() == null ? null : write(baseline(op));
        Map<String, String> unauthenticated = new LinkedHashMap<>();
        unauthenticated.put("no Authorization header", "");
        unauthenticated.put("a bearer token that is not a JWT", "Bearer not-a-jwt");
        unauthenticated.put(
                "Basic credentials",
                "Basic "
                        + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)));
        unauthenticated.put("a token signed with a stranger's key, claiming admin", "Bearer " + strangerToken);
        unauthenticated.put(
                "an expired token with the operation's roles", "Bearer " + HostileTokens.expired(op.roles()));
        unauthenticated.put(
                "a token of another issuer with the operation's roles",
                "Bearer " + HostileTokens.otherIssuer(op.roles()));
        unauthenticated.put(
                "an unsigned token (alg none) with the operation's roles",
                "Bearer " + HostileTokens.unsigned(op.roles()));
        List<HostileRequest> requests = new ArrayList<>();
        unauthenticated.forEach(
                (what, authorization) -> requests.add(HostileRequest.of("auth", op, what, path(op), body, 401)
                        .withHeader(HttpSender.AUTHORIZATION, authorization)));
        if (op.body() != null) {
            requests.add(
                    HostileRequest.of("auth", op, "no Authorization header and a malformed body", path(op), "{", 401)
                            .withHeader(HttpSender.AUTHORIZATION, ""));
        }
        api.roles().stream()
                .filter(role -> !op.roles().contains(role) && !role.equals("patient"))
                .findFirst()
                .ifPresent(role -> requests.add(
                        HostileRequest.of("auth", op, "a token with only the " + role + " role", path(op), body, 403)
                                .withHeader(HttpSender.AUTHORIZATION, "Bearer " + HostileTokens.forRoles(role))));
        boolean patientScoped =
                op.parameters("path").stream().anyMatch(p -> p.name().equals("patientId"));
        if (op.roles().contains("patient") && patientScoped) {
            requests.add(HostileRequest.of("auth", op, "the token of another patient", path(op), body, 403)
                    .withHeader(HttpSender.AUTHORIZATION, "Bearer " + HostileTokens.forPatient(ids.unknownPatient())));
        }
        return requests;
    }

    /** DELETE, which no path declares, with the path's valid body where it has one. */
    private List<HostileRequest> wrongMethods() {
        List<HostileRequest> requests = new ArrayList<>();
        Map<String, Operation> byPath = new LinkedHashMap<>();
        api.operations().forEach(op -> byPath.merge(op.path(), op, (a, b) -> a.body() != null ? a : b));
        byPath.forEach((template, op) -> {
            if (api.methodsOf(template).contains("DELETE")) {
                return;
            }
            String body = op.body() == null ? null : write(baseline(op));
            requests.add(HostileRequest.of("protocol", op, "undeclared method DELETE", path(op), body, 405)
                    .withMethod("DELETE"));
        });
        return requests;
    }

    /** Valid requests the state refuses: the fresh patient enrolled again. */
    private List<HostileRequest> conflicts() {
        List<HostileRequest> requests = new ArrayList<>();
        for (Operation op : api.operations()) {
            if (op.body() != null && op.body().properties().containsKey("patientId")) {
                ObjectNode body = baseline(op);
                body.put("patientId", ids.patient);
                requests.add(
                        HostileRequest.of("conflict", op, "enrol the fresh patient again", path(op), write(body), 409));
            }
            if (op.path().equals("/api/v1/analytics/side-effects")) {
                requests.add(HostileRequest.of(
                        "query-param", op, "from after to", path(op) + "?from=2026-12-31&to=2026-01-01", null, 400));
            }
        }
        return requests;
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    private static String firstTopLevelString(Schema body) {
        return body.properties().entrySet().stream()
                .filter(e -> e.getValue().isString())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private static boolean isInteger(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String label(String value) {
        return value.length() > 60 ? value.substring(0, 20) + "…(" + value.length() + " characters)" : value;
    }

    private static String shorten(JsonNode value) {
        String s = value.toString();
        return s.length() > 60 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] replace(String json, String marker, byte[] with) {
        byte[] all = json.getBytes(StandardCharsets.UTF_8);
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(all, 0, at);
        out.write(with, 0, with.length);
        out.write(all, at + m.length, all.length - at - m.length);
        return out.toByteArray();
    }

    /** Reading and writing a body at a field's location. */
    static final class Json {

        private Json() {}

        static JsonNode get(JsonNode body, List<Object> location) {
            JsonNode node = body;
            for (Object step : location) {
                node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            }
            return node;
        }

        static void set(JsonNode body, List<Object> location, JsonNode value) {
            JsonNode parent = get(body, location.subList(0, location.size() - 1));
            Object last = location.get(location.size() - 1);
            if (last instanceof Integer i) {
                ((ArrayNode) parent).set(i, value);
            } else {
                ((ObjectNode) parent).set((String) last, value);
            }
        }

        static void remove(JsonNode body, List<Object> location) {
            JsonNode parent = get(body, location.subList(0, location.size() - 1));
            ((ObjectNode) parent).remove((String) location.get(location.size() - 1));
        }
    }
}
