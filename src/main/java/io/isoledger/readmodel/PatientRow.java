package io.isoledger.readmodel;

import io.isoledger.eventlog.RecordedEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.Optional;

/**
 * The columns a read-model row of one patient's fact shares with every other: its id ({@code
 * patientId/key}), the patient, and the sequence number of the event that put it there. The
 * entities extending it (a blood test, a prescription, an alert, ...) add their own columns; their
 * projections fill all of them, and the resources read them through {@link #ofPatient} and {@link
 * #find}.
 */
@MappedSuperclass
public abstract class PatientRow extends PanacheEntityBase {

    @Id
    public String id;

    public String patientId;

    public long sequence;

    /**
     * Fills the columns every row shares from the event that puts the row there: the patient, the
     * event's sequence number, and the id made of the patient's id and the row's key within the
     * patient's record (the sequence number itself for a row per event, else the fact's own id).
     */
    public void placeAt(RecordedEvent recorded, Object key) {
        patientId = recorded.event().patientId();
        sequence = recorded.sequence();
        id = rowId(patientId, key);
    }

    /** A row's id: the patient's id, then the key the row has within the patient's record. */
    public static String rowId(String patientId, Object key) {
        return patientId + "/" + key;
    }

    /** The patient's rows of this type in the order of their events. */
    public static <T extends PatientRow> List<T> ofPatient(Class<T> type, String patientId) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " where patientId = ?1 order by sequence", type)
                .setParameter(1, patientId)
                .getResultList();
    }

    /** The patient's row of this type with this key, which an earlier event of the patient put there. */
    public static <T extends PatientRow> T existing(Class<T> type, String patientId, Object key) {
        return find(type, patientId, key)
                .orElseThrow(() -> new IllegalStateException(
                        "No " + type.getSimpleName() + " " + key + " of " + patientId + " to update"));
    }

    /** The patient's row of this type with this key, if one was projected. */
    public static <T extends PatientRow> Optional<T> find(Class<T> type, String patientId, Object key) {
        return Optional.ofNullable(Panache.getEntityManager(type).find(type, rowId(patientId, key)));
    }
}
