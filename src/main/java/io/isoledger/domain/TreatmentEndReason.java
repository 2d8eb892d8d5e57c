package io.isoledger.domain;

/** Why a course of isotretinoin ended. */
public enum TreatmentEndReason {
    COMPLETED,
    DISCONTINUED_SIDE_EFFECTS,
    DISCONTINUED_PATIENT_CHOICE,
    DISCONTINUED_PREGNANCY,
    OTHER,
    /**
     * R20: no supply followed the last one within the policy's lapse days. Recorded by the decider,
     * dated the last supplied day, when the next prescription opens a new course.
     */
    LAPSED
}
