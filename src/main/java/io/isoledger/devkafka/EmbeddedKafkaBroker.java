package io.isoledger.devkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one node) running in its
 * own JVM, for dev mode and tests.
 *
 * <p>It runs as a child process rather than in-process because the broker needs its own classpath
 * (the Quarkus BOM would change its Jackson and SLF4J versions) and because fault tests must be able
 * to kill it with SIGKILL and start it again on the same ports and data.
 *
 * <p>This class is the entry point and only wires the parts together: {@link BrokerLauncher} adopts
 * or launches the broker (with {@link BrokerConfig}, {@link StorageFormatter} and
 * {@link BrokerCommand}), {@link BrokerReadiness} waits until it answers, {@link BrokerProcess} stops
 * or kills it, {@link BrokerFiles} names its files in the data directory and {@link LocalPorts}
 * provides its free ports on 127.0.0.1.
 */
public final class EmbeddedKafkaBroker {

    /** System property naming the file that holds the broker's classpath. */
    public static final String CLASSPATH_PROPERTY = "isoledger.kafka-broker.classpath";

    private static final Path DEFAULT_CLASSPATH_FILE = Path.of("target", "embedded-kafka", "classpath.txt");

    private final BrokerFiles files;
    private final int port;
    private final int controllerPort;
    private final BrokerProcess process = new BrokerProcess();
    private final BrokerLauncher launcher;
    private final BrokerReadiness readiness;

    /**
     * @param dataDir where the broker keeps its logs, config and log files; reused across restarts
     * @param port the client port, or 0 for a free one (kept for later restarts)
     * @param controllerPort the KRaft controller port, or 0 for a free one
     * @param classpathFile the file with the broker's classpath, see {@link #locateClasspathFile()}
     */
    public EmbeddedKafkaBroker(Path dataDir, int port, int controllerPort, Path classpathFile) {
        this.files = BrokerFiles.in(dataDir.toAbsolutePath());
        int[] free = port == 0 || controllerPort == 0 ? LocalPorts.freePorts(2) : new int[2];
        this.port = port == 0 ? free[0] : port;
        this.controllerPort = controllerPort == 0 ? free[1] : controllerPort;
        this.launcher = new BrokerLauncher(files, this.port, this.controllerPort, classpathFile.toAbsolutePath());
        this.readiness = new BrokerReadiness(files, this.port, process);
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
            throw new UncheckedIOException("Could not start the Kafka broker in " + files.dataDir(), e);
        }
        process.registerShutdownHookOnce();
        readiness.await();
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
        return files.dataDir();
    }
}
