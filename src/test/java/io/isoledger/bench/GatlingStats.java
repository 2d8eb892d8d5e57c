package io.isoledger.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The figures of one Gatling run, from its {@code js/stats.js}: per request name ({@code write},
 * {@code write refused by the rules}, {@code read summary}, see the simulation's CourseRequests), the
 * count of successes (the expected status) and errors, the rate of successes, and the percentiles of
 * the successes (gatling.conf sets them to 50, 95, 99 and 99.9).
 */
record GatlingStats(Path report, JsonNode requests) {

    private static final ObjectMapper LENIENT =
            new ObjectMapper().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES.mappedFeature());

    static final String WRITE = "write";
    static final String REFUSED = "write refused by the rules";
    static final String READ = "read summary";

    static GatlingStats read(Path report) {
        try {
            // A script, "var stats = {...}" and functions after it: the object, read leniently, is enough.
            String script = Files.readString(report.resolve("js").resolve("stats.js"));
            JsonNode root = LENIENT.readTree(script.substring(script.indexOf('{')));
            return new GatlingStats(report, root.path("contents"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read Gatling's stats of " + report, e);
        }
    }

    /** One figure of the successes of {@code request}, e.g. {@code percentiles3}; NaN if none were sent. */
    double ok(String request, String stat) {
        return number(stats(request).path(stat).path("ok"));
    }

    double errors(String request) {
        return number(stats(request).path("numberOfRequests").path("ko"));
    }

    double successes(String request) {
        return number(stats(request).path("numberOfRequests").path("ok"));
    }

    private JsonNode stats(String request) {
        for (JsonNode entry : requests) {
            if (request.equals(entry.path("name").asText())) {
                return entry.path("stats");
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
