package io.isoledger.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * Resource ids derived from the event stream, the same on every fetch: the patient's id, the kind of
 * resource and what names it in the stream (a prescription id, an event's sequence, an alert id).
 * Where that is not a FHIR id (an underscore, more than 64 characters), the kind and a SHA-256 of it.
 */
final class FhirIds {

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private FhirIds() {}

    static String patient(String patientId) {
        return FHIR_ID.matcher(patientId).matches() ? patientId : hashed("patient", patientId);
    }

    static String prescription(String patientId, String prescriptionId) {
        return of(patientId, "rx", prescriptionId);
    }

    /** The dispensing of a prescription: one per prescription (R22). */
    static String dispense(String patientId, String prescriptionId) {
        return of(patientId, "dispense", prescriptionId);
    }

    /** The {@code n}th result (1, 2, ...) recorded by the event of that sequence. */
    static String observation(String patientId, long sequence, int n) {
        return of(patientId, "obs", sequence + "-" + n);
    }

    static String adverseEvent(String patientId, long sequence) {
        return of(patientId, "ae", Long.toString(sequence));
    }

    static String flag(String patientId, String alertId) {
        return of(patientId, "flag", alertId);
    }

    /** A course, named by the sequence of the prescription that opened it. */
    static String course(String patientId, long openedBySequence) {
        return of(patientId, "course", Long.toString(openedBySequence));
    }

    /**
     * The Patient entry's fullUrl, with the hospital's id beside it: a collection Bundle resolves
     * references by fullUrl, and outside the Bundle the identifier still names the patient.
     */
    static Reference patientReference(String patientId) {
        return new Reference(fullUrl("Patient", patient(patientId)))
                .setIdentifier(new Identifier().setSystem(FhirCodes.PATIENT_ID).setValue(patientId));
    }

    /** A Bundle entry's fullUrl: a name-based UUID of the resource's type and id, as stable as the id. */
    static String fullUrl(String resourceType, String id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((resourceType + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String of(String patientId, String kind, String name) {
        String id = patientId + "-" + kind + "-" + name;
        return FHIR_ID.matcher(id).matches() ? id : hashed(kind, id);
    }

    private static String hashed(String kind, String naturalKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(naturalKey.getBytes(StandardCharsets.UTF_8));
            return kind + "-" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
