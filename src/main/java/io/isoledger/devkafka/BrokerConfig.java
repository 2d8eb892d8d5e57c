package io.isoledger.devkafka;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The broker's configuration files. {@code server.properties} makes it a single KRaft node that is
 * broker and controller at once, with both listeners bound to {@link LocalPorts#HOST}, one replica
 * of everything and few threads for a small machine; {@code log4j2.properties} sends its warnings
 * and errors to one file.
 *
 * <p>{@link BrokerLauncher} writes them before every launch, to the paths of {@link BrokerFiles},
 * and compares a running broker's {@code server.properties} with {@link #serverProperties} before
 * adopting it.
 */
final class BrokerConfig {

    private BrokerConfig() {}

    /** (Re)writes the configuration on every start, so a changed setting applies after a restart. */
    static void write(BrokerFiles files, int port, int controllerPort) throws IOException {
        Files.createDirectories(files.tmpDir());
        Files.writeString(files.serverProperties(), serverProperties(files, port, controllerPort));
        Files.writeString(files.log4jConfig(), log4jProperties(files.brokerLog()));
    }

    /** The text of {@code server.properties}; an adopted broker must run with exactly this. */
    static String serverProperties(BrokerFiles files, int port, int controllerPort) {
        String broker = "PLAINTEXT://" + LocalPorts.address(port);
        String controller = "CONTROLLER://" + LocalPorts.address(controllerPort);
        return String.join(
                "\n",
                "# Written by EmbeddedKafkaBroker on every start; edits are overwritten.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + LocalPorts.address(controllerPort),
                "listeners=" + broker + "," + controller,
                "advertised.listeners=" + broker + "," + controller,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + slashes(files.logDir()),
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

    private static String log4jProperties(Path logFile) {
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
