package io.isoledger.patients;

import io.isoledger.domain.Policy;
import io.isoledger.eventlog.RecordedEvent;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One event's change to one patient's {@link PatientSummary}: what {@link PatientSummaryProjection}
 * hands the handler of the event's type, with the event's sequence and time, the clinic's day it was recorded on and the active policy.
 */
final class SummaryChange {

    final RecordedEvent recorded;
    final Policy policy;
    private final ZoneId clinicZone;
    private PatientSummary summary;

    SummaryChange(RecordedEvent recorded, Policy policy, ZoneId clinicZone) {
        this.recorded = recorded;
        this.policy = policy;
        this.clinicZone = clinicZone;
    }

    /** The clinic's day the event was recorded on. */
    LocalDate recordedOn() {
        return LocalDate.ofInstant(recorded.metadata().time(), clinicZone);
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
