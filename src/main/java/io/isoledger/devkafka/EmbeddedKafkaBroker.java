package io.isoledger.devkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one node) running in its
 * own JVM, for dev mode and tests.
 *
 * <p>It runs as a child process rather than in-process because the broker needs its own classpath
 * (the Quarkus BOM would change its Jackson and SLF4J versions) and because fault tests must be able
 * to kill it with SIGKILL and start it again on the same ports and data.
 */
public final class EmbeddedKafkaBroker {

    /** System property naming the file that holds the broker's classpath. */
    public static final String CLASSPATH_PROPERTY = "isoledger.kafka-broker.classpath";

    private static final Path DEFAULT_CLASSPATH_FILE = Path.of("target", "embedded-kafka", "classpath.txt");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final BrokerFiles files;
    private final int port;
    private final int controllerPort;
    private final BrokerProcess process = new BrokerProcess();
    private final BrokerLauncher launcher;

    /**
     * @param dataDir where the broker keeps its logs, config and log files; reused across restarts
     * @param port the client port, or 0 for a free one (kept for later restarts)
     * @param controllerPort the KRaft controller port, or 0 for a free one
     * @param classpathFile the file with the broker's classpath, see {@link #locateClasspathFile()}
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, int controllerPort, Path classpathFile) {
        this.dataDir = dataDir.toAbsolutePath();
        this.files = BrokerFiles.in(this.dataDir);
        int[] free = port == 0 || controllerPort == 0 ? LocalPorts.freePorts(2) : new int[2];
        this.port = port == 0 ? free[0] : port;
        this.controllerPort = controllerPort == 0 ? free[1] : controllerPort;
        this.launcher = new BrokerLauncher(files, this.port, this.controllerPort, classpathFile.toAbsolutePath());
    }

    /**
     * The broker's classpath file: the system property {@value #CLASSPATH_PROPERTY} (set by Surefire),
     * else {@code target/embedded-kafka/classpath.txt} (written by the build's generate-resources phase).
     */
    public static Path locateClasspathFile() {
        String configured = System.getProperty(CLASSPATH_PROPERTY, "");
        Path file = configured.isBlank() ? DEFAULT_CLASSPATH_FILE : Path.of(configured);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The embedded Kafka broker's classpath file " + file.toAbsolutePath()
                    + " does not exist. Run `./mvnw generate-resources` (or any later phase) to resolve it.");
        }
        return file;
    }

    /**
     * Starts the broker, formatting its storage on first use, and blocks until it answers. If a broker
     * of this data directory is still running, e.g. one started by this JVM from another class loader
     * (Quarkus gives each test profile its own), it adopts that one instead of starting a second.
     */
    public synchronized void start() {
        if (isAlive()) {
            return;
        }
        try {
            launcher.adoptOrLaunch(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker in " + dataDir, e);
        }
        process.registerShutdownHookOnce();
        awaitReady();
    }

    /** Stops the broker gracefully (SIGTERM), and forcibly if it does not exit in time. */
    public synchronized void stop() {
        process.stop();
    }

    /** Kills the broker with SIGKILL, as a crash would, and waits until it is gone. */
    public synchronized void kill() {
        process.kill();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String bootstrapServers() {
        return LocalPorts.address(port);
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        try {
            // Waiting for the port first spares the log the Admin client's connection-refused warnings.
            while (!LocalPorts.acceptsConnections(port)) {
                checkStillStarting(deadline);
                Thread.sleep(100);
            }
            awaitClusterDescribed(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private void awaitClusterDescribed(long deadline) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 100))) {
            while (true) {
                try {
                    // The broker answers only once it has caught up with the metadata log and is unfenced.
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                            .nodes()
                            .get(3, TimeUnit.SECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // still starting; a request that failed fast must not turn this into a busy loop
                    Thread.sleep(100);
                }
                checkStillStarting(deadline);
            }
        }
    }

    private void checkStillStarting(long deadline) {
        if (!isAlive()) {
            throw startupFailure("The Kafka broker exited while starting");
        }
        if (System.nanoTime() > deadline) {
            kill();
            throw startupFailure("The Kafka broker did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s");
        }
    }

    private IllegalStateException startupFailure(String reason) {
        return new IllegalStateException(reason + " (" + bootstrapServers() + ", data in " + dataDir + ").\n"
                + BrokerLogs.tails(files.brokerLog(), files.consoleLog()));
    }
}
