package io.isoledger.domain;

/** Why whether a patient can become pregnant changed. */
public enum PotentialChangeReason {
    MENARCHE,
    MENOPAUSE,
    STERILIZATION,
    /** The earlier record was wrong. */
    CORRECTION,
    OTHER
}
