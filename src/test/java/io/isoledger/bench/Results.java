package io.isoledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run's figures as one JSON object, {@code target/bench/results.json}: sections of figures, each
 * figure {@code {"value": 1234.5, "unit": "commands/s"}}. Every figure is printed as it is recorded,
 * and the file is written again after each phase, so a run that fails late keeps what it measured.
 */
final class Results {

    static final Path DIR = Path.of("target", "bench");
    static final Path FILE = DIR.resolve("results.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = JSON.createObjectNode();

    ObjectNode section(String name) {
        return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
    }

    /** Records and prints one figure; a NaN (not measured) is written as null. */
    void figure(String section, String name, double value, String unit) {
        ObjectNode figure = section(section).putObject(name);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            figure.putNull("value");
        } else {
            figure.put("value", Math.round(value * 1000) / 1000.0);
        }
        figure.put("unit", unit);
        System.out.printf("[bench] %-28s %-44s %,14.3f %s%n", section, name, value, unit);
    }

    void note(String section, String name, String text) {
        section(section).put(name, text);
        System.out.printf("[bench] %-28s %-44s %s%n", section, name, text);
    }

    /** The value of a recorded figure, NaN if absent. */
    double value(String section, String name) {
        var figure = root.path(section).path(name).path("value");
        return figure.isNumber() ? figure.asDouble() : Double.NaN;
    }

    ObjectNode root() {
        return root;
    }

    void write() {
        try {
            Files.createDirectories(DIR);
            JSON.writeValue(FILE.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + FILE, e);
        }
    }
}
