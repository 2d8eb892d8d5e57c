package io.isoledger.analytics;

import io.isoledger.projection.EventProjector;
import io.isoledger.projection.ReadModelProjection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The analytics read models, projected from the events alone by a consumer group and offsets of
 * their own: a slow or rebuilding report never holds back the writes that wait to be readable.
 */
@ApplicationScoped
public class AnalyticsProjector extends EventProjector {

    @Inject
    @Analytics
    Instance<ReadModelProjection> projections;

    void onStart(@Observes StartupEvent event) {
        start("isoledger-analytics");
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @Override
    protected String name() {
        return "analytics";
    }

    @Override
    protected Iterable<? extends ReadModelProjection> projections() {
        return projections;
    }
}
