package io.isoledger.patients;

import io.isoledger.write.Locations;
import io.isoledger.write.WriteContext;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import java.util.function.LongFunction;

/**
 * What a write about one patient carries besides its body: the patient's id from the path, with
 * the headers every write carries ({@link WriteContext}), and where its {@code Location} points
 * when what it wrote has no URI of its own. Resources take it as {@code @BeanParam @Valid
 * PatientWrite context} (so a malformed id is reported as {@code patientId}) and hand it to {@link
 * io.isoledger.write.Writes#submit}; the reads go through {@link PatientReads}.
 */
public class PatientWrite extends WriteContext {

    @PathParam("patientId")
    @Pattern(regexp = PatientId.PATTERN, message = PatientId.MESSAGE)
    String patientId;

    public String patientId() {
        return patientId;
    }

    /** {@code /api/v1/patients/{id}}: the patient's summary. */
    public LongFunction<URI> summary() {
        return Locations.at(this, "api/v1/patients/{id}", patientId);
    }

    /** {@code /api/v1/patients/{id}/events}: for the facts that have no list of their own. */
    public LongFunction<URI> events() {
        return Locations.at(this, "api/v1/patients/{id}/events", patientId);
    }

    /** {@code /api/v1/patients/{id}/alerts}. */
    public LongFunction<URI> alerts() {
        return Locations.at(this, "api/v1/patients/{id}/alerts", patientId);
    }

    /** {@code /api/v1/patients/{id}/prescriptions/{prescriptionId}}. */
    public LongFunction<URI> prescription(String prescriptionId) {
        return Locations.at(this, "api/v1/patients/{id}/prescriptions/{prescriptionId}", patientId, prescriptionId);
    }
}
