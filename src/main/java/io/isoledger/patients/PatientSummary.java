package io.isoledger.patients;

import io.isoledger.domain.Sex;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Read model: one row per patient, the picture at a glance. Written only by its projection. */
@Entity
@Table(name = "patient_summary")
public class PatientSummary extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    String patientId;

    @Enumerated(EnumType.STRING)
    Sex sex;

    @Column(name = "birth_date")
    LocalDate birthDate;

    @Column(name = "weight_kg")
    BigDecimal weightKg;

    @Column(name = "can_become_pregnant")
    boolean canBecomePregnant;

    @Column(name = "enrolled_at")
    Instant enrolledAt;

    long version;

    @Column(name = "prescription_count")
    int prescriptionCount;

    @Column(name = "cumulative_dose_mg")
    long cumulativeDoseMg;

    @Column(name = "last_blood_test_on")
    LocalDate lastBloodTestOn;

    @Column(name = "supply_ends_on")
    LocalDate supplyEndsOn;

    @Column(name = "updated_at")
    Instant updatedAt;

    public static boolean exists(String patientId) {
        return count("patientId", patientId) > 0;
    }
}
