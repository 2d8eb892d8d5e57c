package io.isoledger.domain;

import io.isoledger.domain.event.Event;
import java.util.List;

/** The outcome of deciding one command: the events to append, or why nothing is appended. */
public sealed interface Decision {

    record Accepted(List<Event> events) implements Decision {
        public Accepted {
            events = List.copyOf(events);
        }

        static Accepted of(Event event) {
            return new Accepted(List.of(event));
        }
    }

    record Rejected(Rejection reason, String detail, List<Violation> violations) implements Decision {
        public Rejected {
            violations = List.copyOf(violations);
        }

        static Rejected because(Rejection reason, String detail) {
            return new Rejected(reason, detail, List.of());
        }
    }

    /** Why a command appended nothing. */
    enum Rejection {
        /** The patient is not enrolled. */
        PATIENT_NOT_FOUND,
        /** Something the command names (an alert) does not exist. */
        NOT_FOUND,
        /** The command would create something that already exists (a patient, a prescription id). */
        ALREADY_EXISTS,
        /** The patient's course is not in a state the command applies to (ending an unstarted course). */
        INVALID_STATE,
        /** One or more clinical rules forbid it; every broken rule is listed. */
        RULE_VIOLATION,
        /**
         * Nothing was decided: the event log could not read the patient's state (being rebuilt after
         * an upgrade). Never the decider's answer; a retry decides.
         */
        UNAVAILABLE
    }
}
