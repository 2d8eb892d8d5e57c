package io.isoledger.domain;

/** Where a patient is in the course of treatment. */
public enum TreatmentStatus {
    ENROLLED,
    IN_TREATMENT,
    ENDED
}
