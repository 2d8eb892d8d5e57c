package io.isoledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.Decision.Rejected;
import io.isoledger.domain.Decision.Rejection;
import io.isoledger.domain.command.Command;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.SafetyAlertRaised;
import java.util.List;

/**
 * Given/when/then for the decider: the history is folded from {@link PatientState#initial} with
 * {@link Evolver#evolveAll}, exactly as the event log rebuilds a patient, then the command is decided.
 */
final class DeciderScenario {

    private final List<Event> history;
    private final Policy policy;

    private DeciderScenario(List<Event> history, Policy policy) {
        this.history = history;
        this.policy = policy;
    }

    /** A patient with this history, under the default profile (jp-clinic). */
    static DeciderScenario given(Event... history) {
        return new DeciderScenario(List.of(history), Policy.jpClinic());
    }

    /** A patient with this history, under the default profile (jp-clinic). */
    static DeciderScenario given(PatientHistory history) {
        return new DeciderScenario(history.events(), Policy.jpClinic());
    }

    /**
     * The history with each command decided in turn and its events appended, as the service records
     * them (alerts with their real ids); every command must be accepted.
     */
    static PatientHistory recorded(PatientHistory history, Policy.Profile profile, Command... commands) {
        PatientHistory current = history;
        for (Command command : commands) {
            current = current.and(given(current).under(profile).when(command).thenAccepted());
        }
        return current;
    }

    DeciderScenario under(Policy otherPolicy) {
        return new DeciderScenario(history, otherPolicy);
    }

    DeciderScenario under(Policy.Profile profile) {
        return under(profile.policy());
    }

    Outcome when(Command command) {
        PatientState state = Evolver.evolveAll(PatientState.initial(command.patientId()), history);
        return new Outcome(Decider.decide(command, state, policy));
    }

    record Outcome(Decision decision) {

        /** Accepted, appending exactly these events in this order. */
        void then(Event... expected) {
            assertThat(decision).as("decision").isInstanceOf(Accepted.class);
            assertThat(((Accepted) decision).events()).containsExactly(expected);
        }

        /** Accepted; the events are returned for assertions on single fields. */
        List<Event> thenAccepted() {
            assertThat(decision).as("decision").isInstanceOf(Accepted.class);
            return ((Accepted) decision).events();
        }

        /** Accepted; only the alerts it raised, in order. */
        List<SafetyAlertRaised> thenAlerts() {
            return thenAccepted().stream()
                    .filter(SafetyAlertRaised.class::isInstance)
                    .map(SafetyAlertRaised.class::cast)
                    .toList();
        }

        /**
         * Rejected for this reason, breaking exactly these rules (in the catalogue's order, each id once even
         * when a rule is broken in two ways); no rule ids means no violations at all.
         */
        Rejected thenRejected(Rejection reason, String... ruleIds) {
            assertThat(decision).as("decision").isInstanceOf(Rejected.class);
            Rejected rejected = (Rejected) decision;
            assertThat(rejected.reason()).as("reason").isEqualTo(reason);
            assertThat(rejected.detail()).as("detail").isNotBlank();
            assertThat(rejected.violations().stream().map(Violation::rule).distinct())
                    .as("broken rules")
                    .containsExactly(ruleIds);
            return rejected;
        }
    }
}
