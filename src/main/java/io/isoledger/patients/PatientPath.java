package io.isoledger.patients;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;

/**
 * The patient a read is about: the id from the path, checked as every patient id is. Resources take
 * it as {@code @BeanParam @Valid PatientPath patient} (a malformed id is reported as {@code
 * patientId}); a write takes {@link PatientWrite}, which carries the same id with the write's headers.
 */
public class PatientPath {

    @PathParam("patientId")
    @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
    String patientId;

    /** The patient's id. */
    public String id() {
        return patientId;
    }
}
