package io.isoledger.patients;

import io.isoledger.readmodel.PatientRow;
import io.isoledger.web.errors.ApiProblem;
import java.util.List;
import java.util.function.Function;

/**
 * The reads every resource under {@code /patients/{patientId}} makes of a patient's {@link
 * PatientRow}s: a list is 404 when nobody of that id is enrolled (rather than empty), and one entry
 * is 404 when the patient has none of that key. The writes go through {@link
 * io.isoledger.write.Writes}.
 */
public final class PatientReads {

    private PatientReads() {}

    /** For the list endpoints: 404 when nobody of that id is enrolled, rather than an empty list. */
    public static void requireEnrolled(String patientId) {
        if (!PatientSummary.exists(patientId)) {
            throw unknown(patientId);
        }
    }

    /** The enrolled patient's rows of this type, in the order of their events, each as a response. */
    public static <R extends PatientRow, T> List<T> list(String patientId, Class<R> rows, Function<R, T> response) {
        requireEnrolled(patientId);
        return PatientRow.ofPatient(rows, patientId).stream().map(response).toList();
    }

    /** As above, for rows that are not {@link PatientRow}s: {@code rows} lists the patient's. */
    public static <R, T> List<T> list(
            String patientId, Function<String, List<R>> rows, Function<? super R, T> response) {
        requireEnrolled(patientId);
        return rows.apply(patientId).stream().<T>map(response).toList();
    }

    /**
     * The patient's row of this type with this key, or 404 saying the patient has no {@code what}
     * (e.g. "blood test at sequence 4").
     */
    public static <R extends PatientRow> R get(Class<R> type, String patientId, Object key, String what) {
        return PatientRow.find(type, patientId, key)
                .orElseThrow(() -> ApiProblem.notFound("Patient " + patientId + " has no " + what + "."));
    }

    static ApiProblem unknown(String patientId) {
        return ApiProblem.notFound("No patient " + patientId + " is enrolled.");
    }
}
