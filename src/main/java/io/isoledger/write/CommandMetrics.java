package io.isoledger.write;

import io.isoledger.domain.command.Command;
import io.isoledger.eventlog.CommandTypes;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.isoledger.eventlog.ReplyOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

/**
 * The write path's metrics, counted by {@link Writes} once per request from the reply it got (read
 * {@code read_committed}, so a decision Kafka Streams retried or aborted is never counted), or from
 * the wait that ended without one: {@code isoledger_commands_total{command,outcome}}, {@code
 * isoledger_command_rule_refusals_total{command,rule}} and the end-to-end timer {@code
 * isoledger_command_request_duration_seconds{command,outcome}}. Tags are the command's wire name,
 * the {@link ReplyOutcome} and rule ids: never a patient or any other id.
 */
@ApplicationScoped
public class CommandMetrics {

    static final String COMMANDS = "isoledger.commands";
    static final String RULE_REFUSALS = "isoledger.command.rule.refusals";
    static final String REQUEST_DURATION = "isoledger.command.request.duration";

    @Inject
    MeterRegistry registry;

    /** Counts the reply to a command and answers its outcome. */
    String answered(Command command, Reply reply) {
        String name = name(command);
        String outcome = ReplyOutcome.of(reply);
        count(name, outcome);
        for (String rule : ReplyOutcome.brokenRules(reply)) {
            Counter.builder(RULE_REFUSALS)
                    .description("Commands refused, per clinical rule they broke (a refusal counts once per rule)")
                    .tag("command", name)
                    .tag("rule", rule)
                    .register(registry)
                    .increment();
        }
        return outcome;
    }

    /** Counts a command that got no reply: timed out once sent, unavailable if it never left. */
    String unanswered(Command command, LogUnavailableException e) {
        String outcome = e.sent() ? ReplyOutcome.TIMED_OUT : ReplyOutcome.UNAVAILABLE;
        count(name(command), outcome);
        return outcome;
    }

    /** Records how long the request took in the write path, from the command's creation to the answer chosen. */
    void took(Command command, String outcome, long startNanos) {
        Timer.builder(REQUEST_DURATION)
                .description("A write's time at the HTTP side: sending the command, waiting for the reply and the"
                        + " projection (the 201 or 202), or until the wait ended")
                .tag("command", name(command))
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    private void count(String command, String outcome) {
        Counter.builder(COMMANDS)
                .description("Commands sent by the write path, per type and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    private static String name(Command command) {
        return CommandTypes.ALL.of(command).name();
    }
}
