package io.isoledger.domain;

/** Procedures R12 checks against the treatment dates. */
public enum ProcedureKind {
    LASER,
    LIGHT,
    PEELING,
    WAXING,
    SURGERY,
    TOOTH_EXTRACTION;

    /** Laser, light, peeling and waxing: skin procedures restricted until long after the end (R12). */
    public boolean cosmetic() {
        return this == LASER || this == LIGHT || this == PEELING || this == WAXING;
    }
}
