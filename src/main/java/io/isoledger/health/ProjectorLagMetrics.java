package io.isoledger.health;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.projection.EventProjector;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The gauge {@code isoledger_projector_lag_records{projector,partition}}: how many records each
 * projector is behind the events topic on each partition ({@link ProjectorLag}, as readiness counts
 * it). Kept up to date in the background, as often as the Kafka probe renews its answer ({@code
 * isoledger.health.kafka-cache}, at most once a second), so a scrape never waits for Kafka or the
 * database; while either does not answer the gauges read NaN (unknown), not a stale number.
 */
@ApplicationScoped
public class ProjectorLagMetrics {

    static final String METRIC = "isoledger.projector.lag";
    private static final Logger LOG = Logger.getLogger(ProjectorLagMetrics.class);
    private static final Duration FASTEST = Duration.ofSeconds(1);

    @Inject
    KafkaProbe probe;

    @Inject
    Instance<EventProjector> projectors;

    @Inject
    MeterRegistry registry;

    @Inject
    IsoLedgerConfig config;

    private final Map<String, Map<Integer, Double>> lags = new ConcurrentHashMap<>();
    private ScheduledExecutorService refresher;

    void onStart(@Observes StartupEvent event) {
        long every = Math.max(FASTEST.toMillis(), config.health().kafkaCache().toMillis());
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "isoledger-projector-lag-metrics");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    void refresh() {
        try {
            refresh(probe.snapshot());
        } catch (RuntimeException e) {
            // Never let the schedule die: the next run tries again.
            LOG.debugf("Projector lag metrics not refreshed: %s", e.getMessage());
        }
    }

    private void refresh(KafkaProbe.Snapshot kafka) {
        Map<Integer, Long> ends = kafka.eventsEndOffsets();
        for (EventProjector projector : projectors) {
            String name = projector.projector();
            Map<Integer, Double> partitions = lags.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
            try {
                if (ends == null) {
                    throw new IllegalStateException(kafka.error());
                }
                ProjectorLag.perPartition(projector, ends)
                        .forEach((partition, lag) -> partitions.put(gauge(name, partition, partitions), (double) lag));
            } catch (RuntimeException e) {
                partitions.replaceAll((partition, lag) -> Double.NaN);
                LOG.debugf("No lag of %s for the metrics: %s", name, e.getMessage());
            }
        }
    }

    /** Registers the partition's gauge the first time it is seen; answers the partition. */
    private Integer gauge(String projector, Integer partition, Map<Integer, Double> partitions) {
        if (!partitions.containsKey(partition)) {
            Gauge.builder(METRIC, () -> partitions.getOrDefault(partition, Double.NaN))
                    .description("Records the projector is behind the events topic on the partition")
                    .baseUnit("records")
                    .tag("projector", projector)
                    .tag("partition", String.valueOf(partition))
                    .strongReference(true)
                    .register(registry);
        }
        return partition;
    }
}
