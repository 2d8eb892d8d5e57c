package io.isoledger.treatment;

import io.isoledger.domain.TreatmentEndReason;

/**
 * The reasons a clinic gives for ending a course; a lapse (R20) is recorded by the service itself,
 * so the API does not take it.
 */
public enum EndReason {
    COMPLETED,
    DISCONTINUED_SIDE_EFFECTS,
    DISCONTINUED_PATIENT_CHOICE,
    DISCONTINUED_PREGNANCY,
    OTHER;

    TreatmentEndReason toDomain() {
        return TreatmentEndReason.valueOf(name());
    }
}
