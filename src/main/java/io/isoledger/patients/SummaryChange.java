package io.isoledger.patients;

import io.isoledger.domain.Policy;
import io.isoledger.eventlog.RecordedEvent;

/**
 * One event's change to one patient's {@link PatientSummary}: what {@link PatientSummaryProjection}
 * hands the handler of the event's type, with the event's sequence and time and the active policy.
 */
final class SummaryChange {

    final RecordedEvent recorded;
    final Policy policy;
    private PatientSummary summary;

    SummaryChange(RecordedEvent recorded, Policy policy) {
        this.recorded = recorded;
        this.policy = policy;
    }

    /** Starts the summary of the patient the event enrols. */
    PatientSummary start() {
        summary = new PatientSummary();
        return summary;
    }

    /** The summary the event changes: the one it started, else the patient's, who must be enrolled. */
    PatientSummary summary() {
        if (summary == null) {
            summary = PatientSummary.findById(recorded.patientId());
            if (summary == null) {
                throw new IllegalStateException(
                        "Event " + recorded.sequence() + " of unknown patient " + recorded.patientId());
            }
        }
        return summary;
    }
}
