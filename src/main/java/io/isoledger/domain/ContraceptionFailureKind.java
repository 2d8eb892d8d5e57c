package io.isoledger.domain;

/** How contraception failed (R18): each one is a blocking alert during a course and after it. */
public enum ContraceptionFailureKind {
    MISSED_PILL,
    CONDOM_FAILURE,
    OTHER
}
