package io.isoledger.devkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

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
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final BrokerFiles files;
    private final int port;
    private final int controllerPort;
    private final Path classpathFile;
    private final BrokerProcess process = new BrokerProcess();

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
        this.classpathFile = classpathFile.toAbsolutePath();
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
            Files.createDirectories(dataDir);
            if (!adoptRunningBroker()) {
                checkPortsFree();
                BrokerConfig.write(files, port, controllerPort);
                String classpath = Files.readString(classpathFile).trim();
                formatStorageIfNeeded(classpath);
                launch(classpath);
            }
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

    private void formatStorageIfNeeded(String classpath) throws IOException {
        // meta.properties is what `format` writes; its presence means the data is kept on restarts.
        if (Files.exists(files.logDir().resolve("meta.properties"))) {
            return;
        }
        Path output = files.formatLog();
        // A static controller.quorum.voters needs neither --standalone nor --initial-controllers.
        Process format = new ProcessBuilder(javaCommand(
                        classpath,
                        "kafka.tools.StorageTool",
                        "format",
                        "--config",
                        files.serverProperties().toString(),
                        "--cluster-id",
                        Uuid.randomUuid().toString(),
                        "--ignore-formatted"))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!succeeded(format, FORMAT_TIMEOUT)) {
            format.destroyForcibly();
            throw new IllegalStateException(
                    "Formatting the Kafka storage in " + dataDir + " failed:\n" + BrokerLogs.tail(output));
        }
    }

    private static boolean succeeded(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void launch(String classpath) throws IOException {
        Path console = files.consoleLog();
        Process started = new ProcessBuilder(javaCommand(
                        classpath, "kafka.Kafka", files.serverProperties().toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .start();
        process.set(started.toHandle());
        Files.writeString(files.pidFile(), Long.toString(started.pid()));
    }

    /** Takes over the running broker named by the pid file, if it runs with this data directory. */
    private boolean adoptRunningBroker() throws IOException {
        Path pidFile = files.pidFile();
        Path serverProperties = files.serverProperties();
        if (!Files.exists(pidFile) || !Files.exists(serverProperties)) {
            return false;
        }
        // A broker running with other ports is not adopted: it would never answer on this one's.
        if (!Files.readString(serverProperties).equals(BrokerConfig.serverProperties(files, port, controllerPort))) {
            return false;
        }
        // The command line is checked because the pid of a dead broker may have been reused. The JDK
        // cuts it at 4 KB (and then gives no arguments), hence a marker near its start.
        Optional<ProcessHandle> running = parsePid(Files.readString(pidFile))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(candidate -> candidate
                        .info()
                        .commandLine()
                        .map(commandLine -> commandLine.contains(dataDirMarker() + " "))
                        .orElse(false));
        running.ifPresent(process::set);
        return running.isPresent();
    }

    private String dataDirMarker() {
        return "-Disoledger.embedded-kafka.data-dir=" + dataDir;
    }

    /** Launching onto a taken port would "succeed": the readiness check would reach the other server. */
    private void checkPortsFree() {
        for (int taken : new int[] {port, controllerPort}) {
            if (LocalPorts.acceptsConnections(taken)) {
                throw new IllegalStateException(
                        LocalPorts.address(taken) + " is already in use, by a server that is not a " + "broker of "
                                + dataDir + " with these settings; stop it or choose other ports");
            }
        }
    }

    private static Optional<Long> parsePid(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<String> javaCommand(String classpath, String mainClass, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                // Identifies the process as this data directory's broker; see adoptRunningBroker().
                dataDirMarker(),
                "-Xmx512m",
                // Serial GC: fewer GC threads competing with the application on a small machine.
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + files.log4jConfig(),
                "-Dkafka.logs.dir=" + dataDir,
                // Compression codecs unpack native libraries here; keep them out of /tmp.
                "-Djava.io.tmpdir=" + files.tmpDir(),
                "-cp",
                classpath,
                mainClass));
        command.addAll(Arrays.asList(args));
        return command;
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
