package io.isoledger.labs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read model: one recorded blood test, identified by the patient and the event's sequence. */
@Entity
@Table(name = "blood_test")
public class BloodTest extends PanacheEntityBase {

    @Id
    String id;

    @Column(name = "patient_id")
    String patientId;

    long sequence;

    @Column(name = "sampled_on")
    LocalDate sampledOn;

    boolean fasting;

    @Column(name = "recorded_at")
    Instant recordedAt;

    static String id(String patientId, long sequence) {
        return patientId + "/" + sequence;
    }

    static List<BloodTest> ofPatient(String patientId) {
        return list("patientId = ?1 order by sequence", patientId);
    }
}
