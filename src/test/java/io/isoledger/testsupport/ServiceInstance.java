package io.isoledger.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One more instance of the packaged service ({@code target/quarkus-app/quarkus-run.jar}, prod profile)
 * in a process of its own, sharing the broker, the topics and the database of the instance that
 * {@code @QuarkusIntegrationTest} started: for tests of several instances, and of an instance killed
 * with SIGKILL and started again.
 *
 * <p>Each instance has its own instance id (its static group memberships) and HTTP port on loopback;
 * it shares the data directory of the test environment ({@code ISOLEDGER_DATA_DIR}), where its Kafka
 * Streams state is in the sub-directory its instance id names; {@link #start()} after {@link #kill()}
 * or {@link #stop()} starts it again with the same id and so the same state, as a restarted pod would
 * be. Its output goes to a log file under {@code target/}.
 */
public final class ServiceInstance implements AutoCloseable {

    private static final Path TARGET = Path.of("target");
    private static final Path RUNNER = TARGET.resolve("quarkus-app").resolve("quarkus-run.jar");
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String DEVELOPMENT_PSEUDONYM_SECRET = "isoledger-development-pseudonym-secret-never-in-prod";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String instanceId;
    private final Path dataDir;
    private final Map<String, String> settings;
    private final List<String> jvmOptions = new ArrayList<>();
    private Process process;
    private int port;
    private Path log;
    private int starts;
    private int portRetries;

    private ServiceInstance(String instanceId, Map<String, String> settings) {
        this.instanceId = instanceId;
        this.dataDir = IsoLedgerTestEnvironment.dataDir();
        this.settings = settings;
    }

    /**
     * An instance (not yet started) on the broker and the database of the latest start of the test
     * environment, i.e. of the application under test.
     *
     * @param instanceId unique among the running instances: it names the static group memberships
     */
    public static ServiceInstance sharingTheTestEnvironment(String instanceId) {
        Map<String, String> settings = new LinkedHashMap<>();
        String kafka = IsoLedgerTestEnvironment.bootstrapServers();
        settings.put("kafka.bootstrap.servers", kafka);
        settings.put("quarkus.kafka-streams.bootstrap-servers", kafka);
        settings.put("quarkus.datasource.jdbc.url", IsoLedgerTestEnvironment.jdbcUrl());
        settings.put("quarkus.datasource.username", IsoLedgerTestEnvironment.username());
        settings.put("quarkus.datasource.password", IsoLedgerTestEnvironment.password());
        settings.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        settings.put(
                "mp.jwt.verify.publickey.location",
                Tokens.PUBLIC_KEY.toAbsolutePath().toString());
        // The same pseudonyms as the application under test (quarkus.test.arg-line gives it this secret).
        settings.put("isoledger.analytics.pseudonym-secret", DEVELOPMENT_PSEUDONYM_SECRET);
        return new ServiceInstance(instanceId, settings);
    }

    /** Adds options for the instance's JVM (a flight recording, a heap size), used from its next start. */
    public synchronized ServiceInstance withJvmOptions(List<String> options) {
        jvmOptions.addAll(options);
        return this;
    }

    /**
     * One more setting of the instance, as a system property ({@code -Dkey=value}) from its next start
     * on, e.g. {@code kafka-streams.num.standby.replicas}.
     */
    public synchronized ServiceInstance with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** Starts the process (again, after a kill or a stop) on a new free port; does not wait for readiness. */
    public synchronized ServiceInstance start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(instanceId + " is already running as pid " + process.pid());
        }
        try {
            Path tmp = TARGET.resolve("tmp").toAbsolutePath();
            Files.createDirectories(tmp);
            Files.createDirectories(TARGET.resolve("service-instances"));
            port = freePort();
            starts++;
            log = TARGET.resolve("service-instances")
                    .resolve(instanceId + "-" + starts + ".log")
                    .toAbsolutePath();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Djava.io.tmpdir=" + tmp);
            command.add("-Dquarkus.http.host=127.0.0.1");
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Disoledger.instance-id=" + instanceId);
            settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(RUNNER.toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("ISOLEDGER_INSTANCE_ID", instanceId);
            builder.environment().put("ISOLEDGER_DATA_DIR", dataDir.toString());
            // Never inherit the application under test's HOSTNAME-derived id.
            builder.environment().remove("HOSTNAME");
            process = builder.start();
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the service instance " + instanceId, e);
        }
    }

    /** Waits until {@code GET /q/health/ready} answers 200; fails at once if the process exits. */
    public ServiceInstance awaitReady(Duration atMost) {
        try {
            await("readiness of " + instanceId)
                    .atMost(atMost)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsMatching(e -> e instanceof IOException)
                    .until(() -> {
                        Process current = process;
                        if (current != null && !current.isAlive() && lostThePortRace()) {
                            // The free port was taken between our check and its bind: another one.
                            start();
                            return false;
                        }
                        if (current == null || !current.isAlive()) {
                            throw new IllegalStateException(instanceId + " exited (" + exitCode(current)
                                    + ") before it was ready:\n" + logTail());
                        }
                        return readiness().statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            String health;
            try {
                health = readiness().body();
            } catch (IOException | InterruptedException failure) {
                health = failure.toString();
            }
            throw new AssertionError(
                    instanceId + " not ready within " + atMost + "; /q/health/ready: " + health + "\n" + logTail(), e);
        }
        return this;
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, no group is left, no transaction is ended. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitForExit(process);
    }

    /** SIGTERM, the orderly shutdown; SIGKILL if it takes longer than 30 s. False if it had to be killed. */
    public synchronized boolean stop() {
        if (process == null || !process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                waitForExit(process);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    public String instanceId() {
        return instanceId;
    }

    public long pid() {
        return process.pid();
    }

    /** Where this instance's Kafka Streams state is: {@code <data dir>/<instance id>/kafka-streams}. */
    public Path stateDir() {
        return dataDir.resolve(instanceId).resolve("kafka-streams");
    }

    /** The base URI of the running (or latest) start, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The log file of the latest start. */
    public Path log() {
        return log;
    }

    /** The last lines of the latest start's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    private boolean lostThePortRace() {
        String tail = logTail();
        return portRetries++ < 3 && (tail.contains("already in use") || tail.contains("already bound"));
    }

    private HttpResponse<String> readiness() throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(baseUri().resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void waitForExit(Process process) {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("pid " + process.pid() + " did not exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String exitCode(Process process) {
        return process == null ? "not started" : "exit code " + process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
