package io.isoledger.devkafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The last lines of the broker's log files, quoted in the exceptions that report a failed start or
 * storage format, so that the cause shows without opening the data directory.
 *
 * <p>{@link BrokerReadiness} and {@link StorageFormatter} quote the logs that {@link BrokerFiles}
 * names.
 */
final class BrokerLogs {

    private static final int TAIL_LINES = 40;

    private BrokerLogs() {}

    /** The last lines of each file, each under a {@code --- file} heading. */
    static String tails(Path... files) {
        return Arrays.stream(files)
                .map(file -> "--- " + file + "\n" + tail(file))
                .collect(Collectors.joining("\n"));
    }

    /** The last lines of the file, or why it could not be read. */
    static String tail(Path file) {
        try {
            // Decoding the bytes leniently: a crashing JVM may leave a half-written line.
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(" + file + " could not be read: " + e + ")";
        }
    }
}
