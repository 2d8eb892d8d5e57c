package io.isoledger.devkafka;

import java.nio.file.Path;

/**
 * Where each of the broker's files lies in its data directory, which is kept across restarts.
 *
 * <p>{@link BrokerConfig} writes the configuration files, {@link StorageFormatter} formats the
 * {@code logDir}, {@link BrokerLauncher} launches the broker with them and records its pid, and
 * {@link BrokerLogs} quotes the logs when a start fails.
 *
 * @param dataDir the data directory, an absolute path
 * @param serverProperties the broker's configuration, see {@link BrokerConfig}
 * @param log4jConfig the broker's logging configuration, sending warnings and errors to {@code brokerLog}
 * @param logDir the KRaft metadata log and the topics' partitions
 * @param tmpDir the broker JVM's {@code java.io.tmpdir}
 * @param pidFile the pid of the broker launched last, by which a later start adopts it
 * @param brokerLog the broker's own log: warnings and errors
 * @param consoleLog what the broker JVM writes to its standard output and error
 * @param formatLog the output of the storage tool's {@code format}
 */
record BrokerFiles(
        Path dataDir,
        Path serverProperties,
        Path log4jConfig,
        Path logDir,
        Path tmpDir,
        Path pidFile,
        Path brokerLog,
        Path consoleLog,
        Path formatLog) {

    /** The files of the broker whose data directory is {@code dataDir}, an absolute path. */
    static BrokerFiles in(Path dataDir) {
        return new BrokerFiles(
                dataDir,
                dataDir.resolve("server.properties"),
                dataDir.resolve("log4j2.properties"),
                dataDir.resolve("kraft-combined-logs"),
                dataDir.resolve("tmp"),
                dataDir.resolve("broker.pid"),
                dataDir.resolve("broker.log"),
                dataDir.resolve("broker-console.log"),
                dataDir.resolve("format.log"));
    }
}
