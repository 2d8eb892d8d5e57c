package io.isoledger.decider;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.jboss.logging.Logger;

/**
 * Stops the decider at the service's shutdown, after the command gateway has stopped taking writes
 * ({@link io.isoledger.eventlog.CommandGateway}) and before the listeners: Kafka Streams commits
 * or aborts its open transaction and leaves the group, although its member is static, so another
 * instance decides this one's patients at once rather than after the session timeout. A command
 * sent but not yet decided stays on the commands topic for the partition's next owner.
 */
@ApplicationScoped
public class DeciderShutdown {

    private static final Logger LOG = Logger.getLogger(DeciderShutdown.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    KafkaStreams streams;

    void onStop(@Observes @Priority(2) ShutdownEvent event) {
        boolean closed =
                streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(CLOSE_TIMEOUT));
        LOG.infof("Decider %s and left its group", closed ? "stopped" : "did not stop within " + CLOSE_TIMEOUT);
    }
}
