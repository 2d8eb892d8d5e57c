package io.isoledger.decider;

import io.isoledger.domain.Decider;
import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.PatientState;
import io.isoledger.domain.Policy;
import io.isoledger.domain.command.AssessEligibility;
import io.isoledger.domain.command.ExpireSupplies;
import io.isoledger.eventlog.CommandEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * R22: a supply not dispensed in its window expires. The expiry is recorded before a patient's next
 * command (so the command is decided on it) and by a sweep of the store on a schedule, each time
 * through the decider's own ExpireSupplies, which records only what has not expired yet.
 */
final class SupplyExpiry {

    private static final Logger LOG = Logger.getLogger(SupplyExpiry.class);
    static final String ACTOR = "isoledger";

    /**
     * When the sweep runs, and what "today" is to it: the service's clock in the clinic's time zone,
     * as for a command.
     */
    record Schedule(Clock clock, ZoneId clinicZone, Duration interval) {}

    private final Policy policy;
    private final Clock clock;
    private final ZoneId clinicZone;
    private final EventAppender appender;
    private final KeyValueStore<String, PatientState> store;

    SupplyExpiry(Policy policy, Schedule schedule, EventAppender appender, KeyValueStore<String, PatientState> store) {
        this.policy = policy;
        this.clock = schedule.clock();
        this.clinicZone = schedule.clinicZone();
        this.appender = appender;
        this.store = store;
    }

    /**
     * The patient with what expired by the clinic's date of a command recorded first. The expiry is
     * the event log's own doing, not the command's: a command refused still leaves it recorded.
     */
    PatientState beforeCommand(CommandEnvelope command, long timestamp, PatientState state) {
        if (command.command() instanceof AssessEligibility) {
            return state; // a question records nothing; the rules count an overdue supply out anyway
        }
        LocalDate today = LocalDate.ofInstant(command.receivedAt(), clinicZone);
        var cause =
                new EventAppender.Cause(expiryId(state, today), command.correlationId(), ACTOR, command.receivedAt());
        return expire(cause, timestamp, state, today);
    }

    /** Every patient of this task's partitions whose supply is overdue on the clinic's date. */
    void sweep(long wallClockMillis) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clinicZone);
        List<PatientState> overdue = new ArrayList<>();
        try (KeyValueIterator<String, PatientState> all = store.all()) {
            while (all.hasNext()) {
                try {
                    KeyValue<String, PatientState> entry = all.next();
                    if (entry.value != null
                            && !entry.value.course().overdueOn(today).isEmpty()) {
                        overdue.add(entry.value);
                    }
                } catch (StaleSnapshotException e) {
                    // Rebuilt from the events by StaleStateRepair; swept next time.
                }
            }
        }
        for (PatientState state : overdue) {
            String id = expiryId(state, today);
            expire(new EventAppender.Cause(id, id, ACTOR, now), wallClockMillis, state, today);
        }
        if (!overdue.isEmpty()) {
            LOG.infof("Recorded the expiry of undispensed supplies of %d patients", overdue.size());
        }
    }

    private static String expiryId(PatientState state, LocalDate today) {
        return "expiry-" + state.patientId() + "-" + today;
    }

    private PatientState expire(EventAppender.Cause cause, long timestamp, PatientState state, LocalDate today) {
        if (!state.enrolled() || state.course().overdueOn(today).isEmpty()) {
            return state;
        }
        var decision = (Accepted) Decider.decide(new ExpireSupplies(state.patientId(), today), state, policy);
        return appender.append(cause, timestamp, state, decision.events(), new ArrayList<>());
    }
}
