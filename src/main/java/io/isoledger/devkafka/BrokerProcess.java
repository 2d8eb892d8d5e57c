package io.isoledger.devkafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The broker's running JVM, once {@link BrokerLauncher} has launched or adopted it: whether it is
 * alive, its pid, stopping it gracefully or killing it as a crash would. A JVM shutdown hook stops
 * it when this JVM exits normally.
 *
 * <p>{@link EmbeddedKafkaBroker} exposes it; {@link BrokerReadiness} kills it when it does not
 * start in time.
 */
final class BrokerProcess {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    // A ProcessHandle, not a Process, so that a broker started elsewhere can be adopted; in an
    // AtomicReference so that the JVM shutdown hook sees the process of the latest start().
    private final AtomicReference<ProcessHandle> process = new AtomicReference<>();
    private boolean shutdownHookRegistered;

    /** From now on this is the broker: one just launched, or an adopted one. */
    void set(ProcessHandle broker) {
        process.set(broker);
    }

    boolean isAlive() {
        ProcessHandle current = process.get();
        return current != null && current.isAlive();
    }

    long pid() {
        ProcessHandle current = process.get();
        if (current == null) {
            throw new IllegalStateException("The Kafka broker has not been started");
        }
        return current.pid();
    }

    /** Stops the broker gracefully (SIGTERM), and forcibly if it does not exit in time. */
    void stop() {
        ProcessHandle current = process.get();
        if (current != null) {
            stopGracefully(current, STOP_TIMEOUT);
        }
    }

    /** Kills the broker with SIGKILL, as a crash would, and waits until it is gone. */
    void kill() {
        ProcessHandle current = process.get();
        if (current != null) {
            current.destroyForcibly();
            waitForExit(current, STOP_TIMEOUT);
        }
    }

    synchronized void registerShutdownHookOnce() {
        if (shutdownHookRegistered) {
            return;
        }
        // The child must not outlive a normal exit of this JVM. The hook reads the AtomicReference and
        // calls only JDK methods, so it also works after Quarkus dev mode closed this class's loader.
        AtomicReference<ProcessHandle> current = process;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            ProcessHandle child = current.get();
                            if (child != null && child.isAlive()) {
                                stopGracefully(child, Duration.ofSeconds(10));
                            }
                        },
                        "embedded-kafka-shutdown"));
        shutdownHookRegistered = true;
    }

    private static void stopGracefully(ProcessHandle child, Duration timeout) {
        child.destroy();
        if (!waitForExit(child, timeout)) {
            child.destroyForcibly();
            waitForExit(child, timeout);
        }
    }

    private static boolean waitForExit(ProcessHandle child, Duration timeout) {
        try {
            child.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !child.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
