package io.isoledger.readmodel;

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

    /** The patient's row of this type with this key, if one was projected. */
    public static <T extends PatientRow> Optional<T> find(Class<T> type, String patientId, Object key) {
        return Optional.ofNullable(Panache.getEntityManager(type).find(type, rowId(patientId, key)));
    }
}
