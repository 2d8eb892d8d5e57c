package io.isoledger.prescribing;

import io.isoledger.domain.prescribing.Supply;
import io.isoledger.readmodel.PatientRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Read model: one issued prescription. */
@Entity
@Table(name = "prescription")
public class Prescription extends PatientRow {

    String prescriptionId;

    int strengthMg;

    int capsulesPerDay;

    int dailyDoseMg;

    int daysSupply;

    int totalMg;

    LocalDate startsOn;

    LocalDate endsOn;

    LocalDate issuedOn;

    String prescriberId;

    Instant issuedAt;

    LocalDate dispenseBy;

    @Enumerated(EnumType.STRING)
    Supply.Status supplyStatus;

    LocalDate dispensedOn;

    String pharmacyId;

    Integer quantityDispensed;

    LocalDate expiredOn;

    /** The milligrams a prescription supplied (R14). */
    public static int totalMgOf(String patientId, String prescriptionId) {
        return existing(Prescription.class, patientId, prescriptionId).totalMg;
    }

    /**
     * The last day covered by the supplies of the course started on {@code courseStartedOn}, leaving
     * out those that expired undispensed (R22) and {@code expiring}, which is expiring now.
     */
    public static Optional<LocalDate> supplyEndsOn(String patientId, LocalDate courseStartedOn, String expiring) {
        return find(
                        "select max(endsOn) from Prescription where patientId = ?1 and startsOn >= ?2"
                                + " and supplyStatus <> ?3 and prescriptionId <> ?4",
                        patientId,
                        courseStartedOn,
                        Supply.Status.EXPIRED,
                        expiring)
                .project(LocalDate.class)
                .firstResultOptional();
    }
}
