package io.isoledger.domain;

/** Why a course of isotretinoin ended. */
public enum TreatmentEndReason {
    COMPLETED,
    DISCONTINUED_SIDE_EFFECTS,
    DISCONTINUED_PATIENT_CHOICE,
    DISCONTINUED_PREGNANCY,
    OTHER
}
