package io.isoledger.devkafka;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the broker reads and writes inside its data directory. */
final class BrokerFiles {

    static Path serverProperties(Path dataDir) {
        return dataDir.resolve("server.properties");
    }

    static Path log4jConfig(Path dataDir) {
        return dataDir.resolve("log4j2.properties");
    }

    static Path logDir(Path dataDir) {
        return dataDir.resolve("kraft-combined-logs");
    }

    static Path tmpDir(Path dataDir) {
        return dataDir.resolve("tmp");
    }

    static Path pidFile(Path dataDir) {
        return dataDir.resolve("broker.pid");
    }

    static Path brokerLog(Path dataDir) {
        return dataDir.resolve("broker.log");
    }

    static Path consoleLog(Path dataDir) {
        return dataDir.resolve("broker-console.log");
    }

    /** (Re)writes the configuration on every start, so a changed setting applies after a restart. */
    static void write(Path dataDir, int port, int controllerPort) throws IOException {
        Files.createDirectories(tmpDir(dataDir));
        Files.writeString(serverProperties(dataDir), serverSettings(dataDir, port, controllerPort));
        Files.writeString(log4jConfig(dataDir), log4jSettings(brokerLog(dataDir)));
    }

    static String serverSettings(Path dataDir, int port, int controllerPort) {
        String broker = "PLAINTEXT://" + LocalPorts.HOST + ":" + port;
        String controller = "CONTROLLER://" + LocalPorts.HOST + ":" + controllerPort;
        return String.join(
                "\n",
                "# Written by EmbeddedKafkaBroker on every start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + LocalPorts.HOST + ":" + controllerPort,
                "listeners=" + broker + "," + controller,
                "advertised.listeners=" + broker + "," + controller,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + slashes(logDir(dataDir)),
                "",
                "# One broker: every internal topic has one replica, and one in-sync replica is enough.",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "",
                "# A small machine: few threads, few internal partitions, a small cleaner buffer",
                "# (the default 128 MB would take a quarter of the heap).",
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=16777216",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                "share.coordinator.state.topic.num.partitions=5",
                "");
    }

    private static String log4jSettings(Path logFile) {
        return String.join(
                "\n",
                "# Written by EmbeddedKafkaBroker: warnings and errors only, to one file.",
                "status = warn",
                // Lines are flushed as written; log4j's own shutdown hook would only add a warning at exit.
                "shutdownHook = disable",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + slashes(logFile),
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = warn",
                "rootLogger.appenderRef.file.ref = file",
                "");
    }

    /** Properties files treat a backslash as an escape; forward slashes work on every OS. */
    private static String slashes(Path path) {
        return path.toString().replace(File.separatorChar, '/');
    }
}
