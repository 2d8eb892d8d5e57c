package io.isoledger.health;

import io.isoledger.analyticsfeed.AnalyticsFeed;
import io.isoledger.eventlog.ConsumerLoop;
import io.isoledger.eventlog.ReplyListener;
import io.isoledger.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * The threads that consume the log are alive: each projector's, the analytics feed's, and the reply
 * listener's, without which no write would ever learn its outcome. Their loops survive every exception (they reopen
 * their consumer), so a dead thread means an error the process does not recover from: only a
 * restart helps. Nothing outside the process (Kafka, the database) is asked here: their absence is
 * for readiness.
 */
@Liveness
@ApplicationScoped
public class ConsumerThreadsLivenessCheck implements HealthCheck {

    static final String NAME = "consumer-threads";

    @Inject
    Instance<EventProjector> projectors;

    @Inject
    ReplyListener replies;

    @Inject
    AnalyticsFeed analyticsFeed;

    @Override
    public HealthCheckResponse call() {
        Map<String, ConsumerLoop> loops = new LinkedHashMap<>();
        for (EventProjector projector : projectors) {
            loops.put(projector.projector(), projector);
        }
        loops.put("analytics-feed", analyticsFeed);
        loops.put("replies", replies);
        return check(loops);
    }

    /** UP when every loop's thread is alive; each loop named in the data, "alive" or "dead". */
    static HealthCheckResponse check(Map<String, ? extends ConsumerLoop> loops) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        boolean alive = true;
        for (Map.Entry<String, ? extends ConsumerLoop> loop : loops.entrySet()) {
            boolean running = loop.getValue().loopAlive();
            response.withData(loop.getKey(), running ? "alive" : "dead");
            alive &= running;
        }
        return response.status(alive).build();
    }
}
