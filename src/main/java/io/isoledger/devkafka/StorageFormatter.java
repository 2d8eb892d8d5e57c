package io.isoledger.devkafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Formats the broker's KRaft storage with Kafka's storage tool the first time a data directory is
 * used; later starts keep what is there.
 *
 * <p>{@link BrokerLauncher} calls it before every launch. The tool runs as a {@link BrokerCommand}
 * on the files of {@link BrokerFiles}; if it fails, the exception quotes its output through
 * {@link BrokerLogs}.
 */
final class StorageFormatter {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final BrokerFiles files;
    private final BrokerCommand command;

    StorageFormatter(BrokerFiles files, BrokerCommand command) {
        this.files = files;
        this.command = command;
    }

    void formatIfNeeded(String classpath) throws IOException {
        // meta.properties is what `format` writes; its presence means the data is kept on restarts.
        if (Files.exists(files.logDir().resolve("meta.properties"))) {
            return;
        }
        Path output = files.formatLog();
        // A static controller.quorum.voters needs neither --standalone nor --initial-controllers.
        Process format = new ProcessBuilder(command.java(
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
        if (!succeeded(format, TIMEOUT)) {
            format.destroyForcibly();
            throw new IllegalStateException(
                    "Formatting the Kafka storage in " + files.dataDir() + " failed:\n" + BrokerLogs.tail(output));
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
}
