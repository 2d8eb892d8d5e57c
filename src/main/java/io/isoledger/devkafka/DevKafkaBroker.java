package io.isoledger.devkafka;

import io.isoledger.config.IsoLedgerConfig;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts a real Kafka broker for {@code quarkus:dev}, with its data under {@code target/dev-kafka},
 * so dev mode needs nothing installed. Production and tests never create this bean.
 *
 * <p>The broker is an {@link EmbeddedKafkaBroker}; one already listening on the port (see
 * {@link LocalPorts}) is reused.
 */
@Singleton
@IfBuildProfile("dev")
public class DevKafkaBroker {

    private static final Logger LOG = Logger.getLogger(DevKafkaBroker.class);
    private static final Path DATA_DIR = Path.of("target", "dev-kafka");

    private final boolean enabled;
    private final int port;
    private final int controllerPort;
    // Set only when this application instance started the broker itself.
    private EmbeddedKafkaBroker broker;

    DevKafkaBroker(IsoLedgerConfig config) {
        this.enabled = config.devKafka().enabled();
        this.port = config.devKafka().port();
        this.controllerPort = config.devKafka().controllerPort();
    }

    // Priority 1: before the Kafka clients and Kafka Streams start, so they find the broker at once.
    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!enabled) {
            LOG.info("Dev Kafka broker disabled (isoledger.dev-kafka.enabled=false)");
            return;
        }
        // A hot reload, or an earlier dev run that was killed, left a broker on the port: reuse it.
        if (LocalPorts.acceptsConnections(port)) {
            LOG.infof("Reusing the Kafka broker already listening on 127.0.0.1:%d", port);
            return;
        }
        broker = new EmbeddedKafkaBroker(DATA_DIR, port, controllerPort, EmbeddedKafkaBroker.locateClasspathFile());
        LOG.infof("Starting the dev Kafka broker on %s, data in %s", broker.bootstrapServers(), broker.dataDir());
        broker.start();
        LOG.infof("Dev Kafka broker ready on %s (pid %d)", broker.bootstrapServers(), broker.pid());
    }

    void onStop(@Observes ShutdownEvent event) {
        // A hot reload also fires ShutdownEvent. Keeping the broker through it saves a stop and a start
        // on every code change; the next onStart reuses it, and the broker's own JVM shutdown hook
        // stops it when dev mode exits. So stop here only when the JVM itself is exiting.
        if (broker != null && jvmIsExiting()) {
            LOG.info("Stopping the dev Kafka broker");
            broker.stop();
        }
    }

    /** The JVM refuses new shutdown hooks once it has begun to exit. */
    private static boolean jvmIsExiting() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shutdownInProgress) {
            return true;
        }
    }
}
