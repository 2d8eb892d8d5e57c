package io.isoledger.health;

import io.isoledger.config.IsoLedgerConfig;
import io.isoledger.projection.EventProjector;
import io.isoledger.projection.ReadModelProjector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read models are no more than {@code isoledger.health.max-projector-lag} records behind the
 * events topic.
 *
 * <p>Lag ({@link ProjectorLag}, the same the gauges show) is counted over every partition of the
 * events topic, from the offsets in {@code projection_offset}, not over the partitions this
 * instance's consumer happens to hold: the read models are one database that every instance serves,
 * so what matters to a reader is how far behind they are, whichever instance projects a partition;
 * and during a rebalance or before the first assignment an instance holds no partitions, which would
 * read as no lag while the read models are empty. A partition never projected counts from offset 0
 * (the topic is never truncated). Counted in offsets, it over-counts slightly: a transaction's commit
 * marker takes an offset, so a caught-up projector shows up to one per partition.
 *
 * <p>Only the read-model projector decides: the writes wait for it. The analytics projector's lag is
 * shown in the data, but a rebuilding report must not take the instance out of traffic.
 */
@Readiness
@ApplicationScoped
public class ProjectorLagReadinessCheck implements HealthCheck {

    static final String NAME = "projector-lag";

    @Inject
    KafkaProbe probe;

    @Inject
    IsoLedgerConfig config;

    @Inject
    ReadModelProjector readModels;

    @Inject
    Instance<EventProjector> projectors;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named(NAME).withData("max", config.health().maxProjectorLag());
        KafkaProbe.Snapshot kafka = probe.snapshot();
        Map<Integer, Long> ends = kafka.eventsEndOffsets();
        if (ends == null) {
            return response.down().withData("error", kafka.error()).build();
        }
        try {
            long gating = ProjectorLag.total(readModels, ends);
            projectors.forEach(
                    projector -> response.withData(projector.projector(), ProjectorLag.total(projector, ends)));
            return response.status(gating <= config.health().maxProjectorLag()).build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("error", "no stored offsets: " + e.getMessage())
                    .build();
        }
    }
}
