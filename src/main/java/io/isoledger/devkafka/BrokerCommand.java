package io.isoledger.devkafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of a child JVM that runs one of Kafka's main classes (the broker, or its storage
 * tool) on the broker's classpath, with a small heap and its logs and temporary files in the data
 * directory of {@link BrokerFiles}.
 *
 * <p>Each such command carries {@link #marker()}, by which {@link BrokerLauncher} recognises a
 * running broker of this data directory. {@link BrokerLauncher} and {@link StorageFormatter} run
 * these commands.
 */
final class BrokerCommand {

    private final BrokerFiles files;

    BrokerCommand(BrokerFiles files) {
        this.files = files;
    }

    /** A system property naming the data directory, near the start of the command line. */
    String marker() {
        return "-Disoledger.embedded-kafka.data-dir=" + files.dataDir();
    }

    List<String> java(String classpath, String mainClass, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                // Identifies the process as this data directory's broker; see BrokerLauncher.
                marker(),
                "-Xmx512m",
                // Serial GC: fewer GC threads competing with the application on a small machine.
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + files.log4jConfig(),
                "-Dkafka.logs.dir=" + files.dataDir(),
                // Compression codecs unpack native libraries here; keep them out of /tmp.
                "-Djava.io.tmpdir=" + files.tmpDir(),
                "-cp",
                classpath,
                mainClass));
        command.addAll(Arrays.asList(args));
        return command;
    }
}
