package io.isoledger.patients;

import io.isoledger.domain.ReproductiveStatus;
import io.isoledger.domain.Sex;
import io.isoledger.domain.TreatmentEndReason;
import io.isoledger.domain.TreatmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    String patientId;

    @Enumerated(EnumType.STRING)
    Sex sex;

    LocalDate birthDate;

    BigDecimal weightKg;

    LocalDate weightMeasuredOn;

    boolean canBecomePregnant;

    LocalDate potentialChangedOn;

    Instant enrolledAt;

    long version;

    int prescriptionCount;

    long cumulativeDoseMg;

    LocalDate lastBloodTestOn;

    LocalDate supplyEndsOn;

    Instant updatedAt;

    @Enumerated(EnumType.STRING)
    TreatmentStatus status = TreatmentStatus.ENROLLED;

    LocalDate courseStartedOn;

    LocalDate treatmentEndedOn;

    @Enumerated(EnumType.STRING)
    TreatmentEndReason endReason;

    LocalDate lastPrescriptionIssuedOn;

    LocalDate nextBloodTestDueOn;

    int openAlerts;

    /** The day the patient's alerts have been open since, without a break; null with none open. */
    LocalDate openAlertsSince;

    /** The first day the patient is on the worklist ({@link Worklist}); null when on no day. */
    LocalDate attentionFrom;

    LocalDate contraceptionRequiredUntil;

    LocalDate bloodDonationAllowedFrom;

    LocalDate cosmeticProceduresAllowedFrom;

    @Enumerated(EnumType.STRING)
    ReproductiveStatus reproductiveStatus;

    LocalDate reproductiveStatusDeclaredOn;

    public static boolean exists(String patientId) {
        return count("patientId", patientId) > 0;
    }
}
