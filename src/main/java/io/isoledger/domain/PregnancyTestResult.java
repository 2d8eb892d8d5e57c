package io.isoledger.domain;

/** The result of a pregnancy test (R4). */
public enum PregnancyTestResult {
    NEGATIVE,
    POSITIVE
}
