package io.isoledger.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.Violation;
import io.isoledger.domain.command.IssuePrescription;
import io.isoledger.domain.command.RecordWeight;
import io.isoledger.eventlog.LogUnavailableException;
import io.isoledger.eventlog.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outcomes the HTTP round trip cannot easily show ({@code MetricsTest} drives the rest): a wait
 * that timed out, a command that never left, a rebuild in progress, and a rule listed twice.
 */
class CommandMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CommandMetrics metrics = new CommandMetrics();
    private final RecordWeight weight = new RecordWeight("P-1", new BigDecimal("60"), LocalDate.of(2026, 1, 5));

    @BeforeEach
    void aRegistry() {
        metrics.registry = registry;
    }

    @Test
    void aSentCommandWithoutReply_isTimedOut_andOneThatNeverLeft_isUnavailable() {
        assertThat(metrics.unanswered(weight, new LogUnavailableException("late", null, true)))
                .isEqualTo("timed_out");
        assertThat(metrics.unanswered(weight, new LogUnavailableException("away", null, false)))
                .isEqualTo("unavailable");
        metrics.took(weight, "timed_out", System.nanoTime());

        assertThat(count("RecordWeight", "timed_out")).isEqualTo(1);
        assertThat(count("RecordWeight", "unavailable")).isEqualTo(1);
        assertThat(registry.get(CommandMetrics.REQUEST_DURATION)
                        .tag("command", "RecordWeight")
                        .tag("outcome", "timed_out")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aRefusalWhileTheStateIsRebuilt_isUnavailable_notRejected() {
        var rebuilding = new Reply.Rejected("c-1", "P-1", 0, Rejection.UNAVAILABLE, "rebuilding", List.of());

        assertThat(metrics.answered(weight, rebuilding)).isEqualTo("unavailable");
        assertThat(registry.find(CommandMetrics.COMMANDS)
                        .tag("outcome", "rejected")
                        .counter())
                .isNull();
    }

    @Test
    void aRuleBrokenTwice_isOneRefusalByThatRule_andAReplayedRefusalIsNone() {
        var command = new IssuePrescription(
                "P-1", "RX-1", 20, 1, 30, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), "DR-7");
        var refused = new Reply.Rejected(
                "c-1",
                "P-1",
                3,
                Rejection.RULE_VIOLATION,
                "refused",
                List.of(new Violation("R2", "ALT"), new Violation("R2", "TG"), new Violation("R5", "none")));

        metrics.answered(command, refused);
        metrics.answered(command, new Reply.Replayed("c-2", refused));

        assertThat(refusals("R2")).isEqualTo(1);
        assertThat(refusals("R5")).isEqualTo(1);
        assertThat(count("IssuePrescription", "rejected")).isEqualTo(1);
        assertThat(count("IssuePrescription", "idempotent_replay")).isEqualTo(1);
    }

    private double count(String command, String outcome) {
        return registry.get(CommandMetrics.COMMANDS)
                .tag("command", command)
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private double refusals(String rule) {
        return registry.get(CommandMetrics.RULE_REFUSALS)
                .tag("rule", rule)
                .counter()
                .count();
    }
}
