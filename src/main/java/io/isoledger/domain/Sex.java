package io.isoledger.domain;

/** Sex recorded at enrolment; who can become pregnant is recorded separately. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
