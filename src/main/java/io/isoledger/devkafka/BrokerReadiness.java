package io.isoledger.devkafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Waits, after {@link BrokerLauncher} has launched or adopted the broker, until it answers: first
 * until its client port accepts connections ({@link LocalPorts}), then until an Admin client gets
 * the cluster described.
 *
 * <p>If the {@link BrokerProcess} exits meanwhile, or does not answer within a minute (then it is
 * killed), the exception quotes the broker's logs from {@link BrokerFiles} through
 * {@link BrokerLogs}.
 */
final class BrokerReadiness {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final BrokerFiles files;
    private final int port;
    private final BrokerProcess process;

    BrokerReadiness(BrokerFiles files, int port, BrokerProcess process) {
        this.files = files;
        this.port = port;
        this.process = process;
    }

    void await() {
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
            process.kill();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    private void awaitClusterDescribed(long deadline) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPorts.address(port),
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
        if (!process.isAlive()) {
            throw startupFailure("The Kafka broker exited while starting");
        }
        if (System.nanoTime() > deadline) {
            process.kill();
            throw startupFailure("The Kafka broker did not answer within " + STARTUP_TIMEOUT.toSeconds() + " s");
        }
    }

    private IllegalStateException startupFailure(String reason) {
        return new IllegalStateException(reason + " (" + LocalPorts.address(port) + ", data in " + files.dataDir()
                + ").\n" + BrokerLogs.tails(files.brokerLog(), files.consoleLog()));
    }
}
