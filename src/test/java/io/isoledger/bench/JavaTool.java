package io.isoledger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A tool (Kafka's performance tools, Gatling) run as a JVM of its own on the classpath the
 * {@code bench} profile resolved for it into {@code target/bench-tools}: its output is echoed, kept
 * in {@code target/bench/logs/<name>.log} and returned.
 */
final class JavaTool {

    static final Path TOOLS = Path.of("target", "bench-tools");

    private JavaTool() {}

    static Path classpathFile(String name) {
        Path file = TOOLS.resolve(name + ".classpath");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run the benchmark with ./mvnw -Pbench verify");
        }
        return file;
    }

    /** Runs {@code mainClass} and returns its output; fails on a non-zero exit or after {@code timeout}. */
    static List<String> run(
            String name,
            String classpath,
            List<String> jvmArgs,
            String mainClass,
            List<String> args,
            Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        Path log = Results.DIR.resolve("logs").resolve(name + ".log");
        List<String> output = new ArrayList<>();
        try {
            Files.createDirectories(log.getParent());
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            // A watchdog: a tool that hangs, silent or not, is killed after the timeout.
            CompletableFuture.delayedExecutor(timeout.toSeconds(), TimeUnit.SECONDS)
                    .execute(process::destroyForcibly);
            try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    output.add(line);
                    writer.println(line);
                    System.out.println("  [" + name + "] " + line);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(name + " failed with exit code " + exit + " (killed if it ran over "
                        + timeout + "); see " + log);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }

    static String classpathOf(String name) {
        try {
            return Files.readString(classpathFile(name)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
