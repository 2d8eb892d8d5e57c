package io.isoledger.bench;

import io.isoledger.testsupport.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One load phase: Gatling in a JVM of its own runs the course mix ({@code src/bench/gatling},
 * {@code io.isoledger.bench.load.CourseMix}) against the service, closed loop or at a fixed command
 * rate, or the reads at scale ({@code ReadMix}) at fixed rates, and writes its HTML report under {@code target/bench/gatling/<phase>/}; the figures are read
 * from the report's {@code js/stats.js}.
 */
final class GatlingPhase {

    static final Path REPORTS = Results.DIR.resolve("gatling");
    private static final String COURSE_MIX = "io.isoledger.bench.load.CourseMix";
    private static final Path SIMULATIONS =
            Path.of("target", "bench-gatling", "isoledger-bench-gatling-0.1.0-SNAPSHOT.jar");

    private GatlingPhase() {}

    /** Closed loop: {@code users} concurrent users for {@code seconds}. */
    static GatlingStats closed(String phase, URI service, int users, int seconds) {
        return run(phase, service, seconds, COURSE_MIX, List.of("-Dbench.model=closed", "-Dbench.users=" + users));
    }

    /** Open model: courses arrive so that {@code commandsPerSecond} commands are sent a second. */
    static GatlingStats open(String phase, URI service, int commandsPerSecond, int seconds) {
        return run(
                phase,
                service,
                seconds,
                COURSE_MIX,
                List.of("-Dbench.model=open", "-Dbench.rate=" + commandsPerSecond));
    }

    /** Reads at fixed arrival rates ({@code io.isoledger.bench.load.ReadMix}); {@code properties} say which. */
    static GatlingStats reads(String phase, URI service, int seconds, List<String> properties) {
        return run(phase, service, seconds, "io.isoledger.bench.load.ReadMix", properties);
    }

    private static GatlingStats run(String phase, URI service, int seconds, String simulation, List<String> model) {
        Path reports = REPORTS.resolve(phase).toAbsolutePath();
        List<String> jvm = new ArrayList<>(model);
        jvm.add("-Xmx1g");
        // What Gatling's own launchers give it: its log writer reads String internals.
        jvm.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        jvm.add("-XX:MaxInlineLevel=20");
        jvm.add("-XX:MaxTrivialSize=12");
        jvm.add("-Dbench.base-url=" + service);
        jvm.add("-Dbench.duration=" + seconds);
        jvm.add("-Dbench.token=" + Tokens.forRoles("bench-clinician", "prescriber"));
        jvm.add("-Djava.io.tmpdir=" + Path.of("target", "tmp").toAbsolutePath());
        JavaTool.run(
                "gatling-" + phase,
                JavaTool.classpathOf("gatling") + java.io.File.pathSeparator + SIMULATIONS.toAbsolutePath(),
                jvm,
                "io.gatling.app.Gatling",
                List.of("-s", simulation, "-rf", reports.toString(), "-rd", phase),
                Duration.ofSeconds(seconds + 600L));
        return GatlingStats.read(latestRun(reports));
    }

    /** Gatling writes each run into a new directory named after the simulation and the time. */
    static Path latestRun(Path reports) {
        try (Stream<Path> runs = Files.list(reports)) {
            return runs.filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
                    .max(java.util.Comparator.comparing(dir -> dir.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + reports));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
