package io.isoledger.patients;

import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Sex;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.domain.TreatmentStatus;
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
import java.util.List;

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

    @Column(name = "weight_measured_on")
    LocalDate weightMeasuredOn;

    @Column(name = "can_become_pregnant")
    boolean canBecomePregnant;

    @Column(name = "potential_changed_on")
    LocalDate potentialChangedOn;

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

    @Enumerated(EnumType.STRING)
    TreatmentStatus status = TreatmentStatus.ENROLLED;

    @Column(name = "course_started_on")
    LocalDate courseStartedOn;

    @Column(name = "treatment_ended_on")
    LocalDate treatmentEndedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    TreatmentEndReason endReason;

    @Column(name = "last_prescription_issued_on")
    LocalDate lastPrescriptionIssuedOn;

    @Column(name = "next_blood_test_due_on")
    LocalDate nextBloodTestDueOn;

    @Column(name = "open_alerts")
    int openAlerts;

    @Column(name = "contraception_required_until")
    LocalDate contraceptionRequiredUntil;

    @Column(name = "blood_donation_allowed_from")
    LocalDate bloodDonationAllowedFrom;

    @Column(name = "cosmetic_procedures_allowed_from")
    LocalDate cosmeticProceduresAllowedFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "reproductive_status")
    ReproductiveStatus reproductiveStatus;

    @Column(name = "reproductive_status_declared_on")
    LocalDate reproductiveStatusDeclaredOn;

    public static boolean exists(String patientId) {
        return count("patientId", patientId) > 0;
    }

    /**
     * The clinician's worklist: open alerts, a blood test due, or a supply that runs out, by
     * {@code horizon} (in treatment only for the last two).
     */
    static List<PatientSummary> needingAttention(LocalDate horizon) {
        return list(
                "openAlerts > 0 or (status = ?1 and (nextBloodTestDueOn <= ?2 or supplyEndsOn <= ?2))"
                        + " order by patientId",
                TreatmentStatus.IN_TREATMENT,
                horizon);
    }
}
