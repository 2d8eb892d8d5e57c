package io.isoledger.domain;

/** How a pregnancy test was done. */
public enum PregnancyTestMethod {
    URINE,
    SERUM
}
