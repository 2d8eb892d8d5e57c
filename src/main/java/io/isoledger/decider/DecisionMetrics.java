package io.isoledger.decider;

import io.isoledger.domain.PatientState;
import io.isoledger.domain.command.Command;
import io.isoledger.eventlog.CommandTypes;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.ReplyOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The decider's metrics, counted where it decides ({@link DeciderProcessor}) and appends ({@link
 * EventAppender}): {@code isoledger_command_decision_duration_seconds{command,outcome}}, {@code
 * isoledger_events_appended_total{type}}, {@code isoledger_alerts_raised_total{rule}} and {@code
 * isoledger_alerts_resolved_total{rule}}.
 *
 * <p>Counted in the stream task, before Kafka Streams commits: a transaction that aborts after the
 * count (a broker failure, a fenced or killed instance) has its batch decided again and counted
 * again, possibly on another instance. The counts can therefore exceed what the events topic holds,
 * by at most the aborted batches, never fall short of it. Exact per-request counts are the write
 * path's ({@code io.isoledger.write.CommandMetrics}), counted from committed replies.
 */
final class DecisionMetrics {

    static final String DECISION_DURATION = "isoledger.command.decision.duration";
    static final String EVENTS_APPENDED = "isoledger.events.appended";
    static final String ALERTS_RAISED = "isoledger.alerts.raised";
    static final String ALERTS_RESOLVED = "isoledger.alerts.resolved";

    private final MeterRegistry registry;

    DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A command decided: how long, from the processor receiving it to the reply chosen. */
    void decided(Command command, Reply reply, long startNanos) {
        Timer.builder(DECISION_DURATION)
                .description("The decider's time for one command: reading the state, deciding, appending")
                .tag("command", CommandTypes.ALL.of(command).name())
                .tag("outcome", ReplyOutcome.of(reply))
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * An event appended, with the patient's state before and after it: an alert the state did not
     * know is raised, an open alert no longer open is resolved, counted by the alert's rule. Read from
     * the states, not from the event's type, so every event that raises or resolves an alert counts.
     */
    void appended(String type, PatientState before, PatientState after) {
        Counter.builder(EVENTS_APPENDED)
                .description("Events the decider appended to the events topic, per event type")
                .tag("type", type)
                .register(registry)
                .increment();
        for (PatientState.Alert alert : after.alerts()) {
            Optional<PatientState.Alert> was = before.alert(alert.alertId());
            if (was.isEmpty()) {
                alert(ALERTS_RAISED, "Safety alerts raised, per rule", alert.rule());
            } else if (was.get().open() && !alert.open()) {
                alert(ALERTS_RESOLVED, "Safety alerts resolved, per rule of the alert", alert.rule());
            }
        }
    }

    private void alert(String name, String description, String rule) {
        Counter.builder(name)
                .description(description)
                .tag("rule", rule)
                .register(registry)
                .increment();
    }
}
