package io.isoledger.eventlog;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.logging.SafeReasons;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;

/**
 * Creates the topics that are missing, in the background and retrying, so the service may start
 * before its broker. The events topic, its dead-letter topic and the analytics feed keep every record
 * forever and are never compacted.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @Inject
    KafkaClients clients;

    @Inject
    IsoLedgerConfig config;

    private volatile boolean ready;
    private volatile boolean stopping;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::createUntilDone, "isoledger-topics");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean ready() {
        return ready;
    }

    /** Waits up to the timeout for the topics to exist; false if they do not yet. */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ready;
    }

    List<NewTopic> topics() {
        return List.of(
                topic(Topics.COMMANDS, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)),
                topic(
                        Topics.EVENTS,
                        Map.of(
                                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, "-1",
                                TopicConfig.RETENTION_BYTES_CONFIG, "-1")),
                topic(
                        Topics.REPLIES,
                        Map.of(
                                TopicConfig.CLEANUP_POLICY_CONFIG,
                                TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG,
                                Long.toString(config.topics().repliesRetentionMs()))),
                // Kept as long as the events it parks: they are evidence until someone deals with them.
                topic(
                        Topics.DEAD_LETTERS,
                        Map.of(
                                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, "-1",
                                TopicConfig.RETENTION_BYTES_CONFIG, "-1")),
                // Kept as long as the events it is derived from: research reads it from the beginning.
                topic(
                        Topics.ANALYTICS,
                        Map.of(
                                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                                TopicConfig.RETENTION_MS_CONFIG, "-1",
                                TopicConfig.RETENTION_BYTES_CONFIG, "-1")));
    }

    private NewTopic topic(String name, Map<String, String> configs) {
        return new NewTopic(
                        name,
                        java.util.Optional.of(config.topics().partitions()),
                        config.topics().replicationFactor())
                .configs(configs);
    }

    private void createUntilDone() {
        while (!stopping && !ready) {
            try (Admin admin = Admin.create(clients.adminConfig())) {
                Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                List<NewTopic> missing = topics().stream()
                        .filter(t -> !existing.contains(t.name()))
                        .toList();
                if (!missing.isEmpty()) {
                    createAll(admin, missing);
                }
                ready = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Kafka topics not ready yet (%s); retrying", SafeReasons.of(e));
                sleepQuietly();
            }
        }
    }

    private void createAll(Admin admin, List<NewTopic> missing) throws Exception {
        try {
            admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
            LOG.infof("Created topics %s", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            // Another instance may have created them at the same moment: that is success too.
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw e;
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
