package io.isoledger.patients;

/** The hospital's patient id, as the API accepts it. */
public final class PatientId {

    /** 1-64 of A-Z a-z 0-9 - _ . : safe in a URL path, a Kafka key and a log line. */
    public static final String PATTERN = "^[A-Za-z0-9._-]{1,64}$";

    public static final String MESSAGE = "must be 1-64 characters of A-Z a-z 0-9 - _ .";

    private PatientId() {}
}
