package io.isoledger.domain;

import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.SafetyAlertRaised;
import io.isoledger.domain.rules.Finding;
import io.isoledger.domain.rules.Signal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns findings into SafetyAlertRaised events that follow the facts that revealed them. */
final class Alerts {

    private Alerts() {}

    /** The fact, then one alert per finding. */
    static List<Event> after(PatientState state, Event fact, List<Finding> findings, LocalDate raisedOn) {
        return after(state, List.of(fact), findings, raisedOn);
    }

    /**
     * The facts, then one alert per finding. An alert's id is its own event's sequence number, so it
     * is unique within the patient and the same on every replay.
     */
    static List<Event> after(PatientState state, List<Event> facts, List<Finding> findings, LocalDate raisedOn) {
        List<Event> events = new ArrayList<>(facts);
        long sequence = state.version() + facts.size();
        for (Finding finding : findings) {
            sequence++;
            events.add(new SafetyAlertRaised(
                    state.patientId(),
                    "AL-" + sequence,
                    finding.rule(),
                    finding.blocking(),
                    finding.reason(),
                    raisedOn));
        }
        return events;
    }

    /** The events, then one alert per signal, dated the signal's day. */
    static List<Event> following(PatientState state, List<Event> events, List<Signal> signals) {
        List<Event> all = new ArrayList<>(events);
        for (Signal signal : signals) {
            long sequence = state.version() + all.size() + 1;
            Finding finding = signal.finding();
            all.add(new SafetyAlertRaised(
                    state.patientId(),
                    "AL-" + sequence,
                    finding.rule(),
                    finding.blocking(),
                    finding.reason(),
                    signal.on()));
        }
        return all;
    }
}
