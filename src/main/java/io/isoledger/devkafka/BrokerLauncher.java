package io.isoledger.devkafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Brings up the broker of a data directory: adopts it if it still runs (for instance started by
 * this JVM from another class loader, as Quarkus gives each test profile its own), and otherwise
 * writes its configuration ({@link BrokerConfig}), formats its storage on first use
 * ({@link StorageFormatter}) and launches a new JVM ({@link BrokerCommand}), whose pid it records.
 *
 * <p>Either way the process goes to {@link BrokerProcess}; {@link BrokerReadiness} then waits for
 * it to answer.
 */
final class BrokerLauncher {

    private final BrokerFiles files;
    private final int port;
    private final int controllerPort;
    private final Path classpathFile;
    private final BrokerCommand command;

    BrokerLauncher(BrokerFiles files, int port, int controllerPort, Path classpathFile) {
        this.files = files;
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpathFile = classpathFile;
        this.command = new BrokerCommand(files);
    }

    /** Adopts the running broker of this data directory, or else launches one, into {@code process}. */
    void adoptOrLaunch(BrokerProcess process) throws IOException {
        Files.createDirectories(files.dataDir());
        if (!adoptRunningBroker(process)) {
            checkPortsFree();
            BrokerConfig.write(files, port, controllerPort);
            String classpath = Files.readString(classpathFile).trim();
            new StorageFormatter(files, command).formatIfNeeded(classpath);
            launch(classpath, process);
        }
    }

    private void launch(String classpath, BrokerProcess process) throws IOException {
        Process started = new ProcessBuilder(command.java(
                        classpath, "kafka.Kafka", files.serverProperties().toString()))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(files.consoleLog().toFile()))
                .start();
        process.set(started.toHandle());
        Files.writeString(files.pidFile(), Long.toString(started.pid()));
    }

    /** Takes over the running broker named by the pid file, if it runs with this data directory. */
    private boolean adoptRunningBroker(BrokerProcess process) throws IOException {
        if (!Files.exists(files.pidFile()) || !Files.exists(files.serverProperties())) {
            return false;
        }
        // A broker running with other ports is not adopted: it would never answer on this one's.
        if (!Files.readString(files.serverProperties())
                .equals(BrokerConfig.serverProperties(files, port, controllerPort))) {
            return false;
        }
        // The command line is checked because the pid of a dead broker may have been reused. The JDK
        // cuts it at 4 KB (and then gives no arguments), hence a marker near its start.
        Optional<ProcessHandle> running = parsePid(Files.readString(files.pidFile()))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(candidate -> candidate
                        .info()
                        .commandLine()
                        .map(commandLine -> commandLine.contains(command.marker() + " "))
                        .orElse(false));
        running.ifPresent(process::set);
        return running.isPresent();
    }

    /** Launching onto a taken port would "succeed": the readiness check would reach the other server. */
    private void checkPortsFree() {
        for (int taken : new int[] {port, controllerPort}) {
            if (LocalPorts.acceptsConnections(taken)) {
                throw new IllegalStateException(
                        LocalPorts.address(taken) + " is already in use, by a server that " + "is not a broker of "
                                + files.dataDir() + " with these settings; stop it or choose other ports");
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
}
