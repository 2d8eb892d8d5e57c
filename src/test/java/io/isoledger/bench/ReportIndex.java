package io.isoledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code target/bench/report.html}: one page with every figure of the run and, per load phase, a
 * link to Gatling's report of it (latency percentiles and throughput over time, where saturation
 * shows).
 */
final class ReportIndex {

    static final Path FILE = Results.DIR.resolve("report.html");

    private static final List<String> SUMMARY = List.of(
            "offeredCommandsPerSecond",
            "commandsPerSecond",
            "writeP50",
            "writeP95",
            "writeP99",
            "writeMax",
            "writeErrors",
            "refusalP99",
            "readP50",
            "readP99",
            "readErrors",
            "serviceMaxResidentSetSize");

    private ReportIndex() {}

    static void write(Results results) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>IsoLedger benchmark</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse;margin-bottom:1.5em}td,th{border:1px solid #ccc;"
                + "padding:2px 8px;text-align:right}td:first-child{text-align:left}</style></head><body>\n"
                + "<h1>IsoLedger benchmark</h1>\n<p>All figures: <a href=\"results.json\">results.json</a>."
                + " Each load phase links to Gatling's report: percentiles and requests/s over time.</p>\n");
        html.append(loadSummary(results.root()));
        for (Map.Entry<String, JsonNode> section : iterable(results.root())) {
            html.append("<h2>").append(escape(section.getKey())).append("</h2>\n<table>\n");
            for (Map.Entry<String, JsonNode> entry : iterable(section.getValue())) {
                html.append(row(entry.getKey(), entry.getValue()));
            }
            html.append("</table>\n");
        }
        html.append("</body></html>\n");
        try {
            Files.createDirectories(Results.DIR);
            Files.writeString(FILE, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + FILE, e);
        }
    }

    private static String row(String name, JsonNode value) {
        String cell;
        if (value.isObject()) {
            JsonNode number = value.path("value");
            cell = (number.isNumber() ? String.format("%,.3f", number.asDouble()) : "not measured") + " "
                    + escape(value.path("unit").asText());
        } else if (value.isArray()) {
            cell = escape(value.toString());
        } else if ("report".equals(name)) {
            cell = "<a href=\"" + escape(value.asText()) + "\">Gatling report</a>";
        } else {
            cell = escape(value.asText());
        }
        return "<tr><td>" + escape(name) + "</td><td>" + cell + "</td></tr>\n";
    }

    /** One row per load phase: the figures that show saturation side by side. */
    private static String loadSummary(JsonNode root) {
        StringBuilder table = new StringBuilder("<h2>Load phases</h2>\n<table>\n<tr><th>phase</th>");
        for (String column : SUMMARY) {
            table.append("<th>").append(column).append("</th>");
        }
        table.append("</tr>\n");
        for (Map.Entry<String, JsonNode> section : iterable(root)) {
            if (!section.getKey().startsWith("load.")) {
                continue;
            }
            JsonNode phase = section.getValue();
            table.append("<tr><td><a href=\"")
                    .append(escape(phase.path("report").asText()))
                    .append("\">")
                    .append(escape(section.getKey().substring("load.".length())))
                    .append("</a></td>");
            for (String column : SUMMARY) {
                JsonNode number = phase.path(column).path("value");
                table.append("<td>")
                        .append(number.isNumber() ? String.format("%,.0f", number.asDouble()) : "")
                        .append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</table>\n<p>Latencies in ms; rates a second.</p>\n")
                .toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new java.util.ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
