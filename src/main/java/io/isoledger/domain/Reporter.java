package io.isoledger.domain;

/** Who reported a side effect. */
public enum Reporter {
    PATIENT,
    PRESCRIBER,
    NURSE,
    PHARMACIST,
    OTHER
}
