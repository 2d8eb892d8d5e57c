package io.isoledger.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the dead letters this process parked: a Micrometer counter per projector for dashboards
 * and alerts, and an in-memory count of those not yet acknowledged, which holds readiness down.
 * The count starts at zero with the process: what an earlier process parked was seen by then.
 */
@ApplicationScoped
public class DeadLetters {

    static final String METRIC = "isoledger.projection.dead.letters";

    @Inject
    MeterRegistry registry;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicLong unacknowledged = new AtomicLong();

    /** Registers the projector's counter at zero, so the series exists before the first dead letter. */
    void track(String projector) {
        counter(projector);
    }

    void parked(String projector) {
        counter(projector).increment();
        unacknowledged.incrementAndGet();
    }

    /** Dead letters parked since start and not acknowledged yet. */
    public long unacknowledged() {
        return unacknowledged.get();
    }

    /** Dead letters parked since start, per projector. */
    public Map<String, Long> parkedSinceStart() {
        Map<String, Long> parked = new TreeMap<>();
        counters.forEach((projector, counter) -> parked.put(projector, (long) counter.count()));
        return parked;
    }

    /**
     * Acknowledges every dead letter parked so far and answers how many that was. One parked a
     * moment later is not acknowledged by this call: the count is taken and reset in one step.
     */
    public long acknowledge() {
        return unacknowledged.getAndSet(0);
    }

    private Counter counter(String projector) {
        return counters.computeIfAbsent(projector, name -> Counter.builder(METRIC)
                .description("Unreadable events parked on the dead-letter topic")
                .tag("projector", name)
                .register(registry));
    }
}
