package io.isoledger.domain;

import io.isoledger.domain.Decision.Accepted;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.rules.Finding;
import io.isoledger.domain.rules.HarmSignals;
import io.isoledger.domain.rules.Signal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns findings and signals into {@link SafetyAlertRaised} events that follow the facts that
 * revealed them. An alert's id is its own event's sequence number, so it is unique within the
 * patient and the same on every replay. The alerts are folded by {@link AlertFold}.
 */
final class Alerts {

    private Alerts() {}

    /** The fact, then one alert per finding. */
    static List<Event> after(PatientState state, Event fact, List<Finding> findings, LocalDate raisedOn) {
        return after(state, List.of(fact), findings, raisedOn);
    }

    /** The facts, then one alert per finding, dated {@code raisedOn}. */
    static List<Event> after(PatientState state, List<Event> facts, List<Finding> findings, LocalDate raisedOn) {
        List<Event> events = new ArrayList<>(facts);
        findings.forEach(finding -> raise(state, events, finding, raisedOn));
        return events;
    }

    /**
     * Whatever the command, the signs of harm its events reveal on the whole patient ({@link
     * HarmSignals}: R18, R19, and R4's positive results) follow them as alerts, each dated its
     * signal's day: a fact entered late raises at once what it would have raised on time, and so
     * does a fact that brings an earlier one into a course's window.
     */
    static Accepted withSignalsOfHarm(PatientState state, Accepted accepted, Policy policy) {
        if (accepted.events().isEmpty()) {
            return accepted;
        }
        PatientState after = Evolver.evolveAll(state, accepted.events());
        List<Signal> signals = HarmSignals.raisedBy(state, after, policy);
        if (signals.isEmpty()) {
            return accepted;
        }
        List<Event> events = new ArrayList<>(accepted.events());
        signals.forEach(signal -> raise(state, events, signal.finding(), signal.on()));
        return new Accepted(events);
    }

    /** Appends the alert of {@code finding}, its id the sequence number it will be appended at. */
    private static void raise(PatientState state, List<Event> events, Finding finding, LocalDate on) {
        long sequence = state.version() + events.size() + 1;
        events.add(new SafetyAlertRaised(
                state.patientId(), "AL-" + sequence, finding.rule(), finding.blocking(), finding.reason(), on));
    }
}
