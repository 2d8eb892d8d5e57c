package io.isoledger.projection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;

/**
 * The read models the API serves: every {@link ReadModelProjection} bean without a qualifier. Once
 * a batch is committed it wakes the writes that wait to be readable.
 */
@ApplicationScoped
public class ReadModelProjector extends EventProjector {

    @Inject
    Instance<ReadModelProjection> projections;

    @Inject
    ReadYourWrites readYourWrites;

    void onStart(@Observes StartupEvent event) {
        start("isoledger-projector");
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    @Override
    protected String name() {
        return "projector";
    }

    @Override
    protected Iterable<? extends ReadModelProjection> projections() {
        return projections;
    }

    @Override
    protected void committed(Map<String, Long> projectedVersions) {
        projectedVersions.forEach(readYourWrites::projected);
    }

    @Override
    protected void holding(Set<Integer> partitions) {
        readYourWrites.projectsLocally(partitions);
    }

    @Override
    protected void rebuilt() {
        readYourWrites.forget();
    }
}
