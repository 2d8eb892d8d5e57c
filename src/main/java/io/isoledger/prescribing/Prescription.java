package io.isoledger.prescribing;

import io.isoledger.domain.prescribing.Supply;
import io.isoledger.readmodel.PatientRow;
import jakarta.persistence.Column;
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

    @Column(name = "prescription_id")
    String prescriptionId;

    @Column(name = "strength_mg")
    int strengthMg;

    @Column(name = "capsules_per_day")
    int capsulesPerDay;

    @Column(name = "daily_dose_mg")
    int dailyDoseMg;

    @Column(name = "days_supply")
    int daysSupply;

    @Column(name = "total_mg")
    int totalMg;

    @Column(name = "starts_on")
    LocalDate startsOn;

    @Column(name = "ends_on")
    LocalDate endsOn;

    @Column(name = "issued_on")
    LocalDate issuedOn;

    @Column(name = "prescriber_id")
    String prescriberId;

    @Column(name = "issued_at")
    Instant issuedAt;

    @Column(name = "dispense_by")
    LocalDate dispenseBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "supply_status")
    Supply.Status supplyStatus;

    @Column(name = "dispensed_on")
    LocalDate dispensedOn;

    @Column(name = "pharmacy_id")
    String pharmacyId;

    @Column(name = "quantity_dispensed")
    Integer quantityDispensed;

    @Column(name = "expired_on")
    LocalDate expiredOn;

    static String id(String patientId, String prescriptionId) {
        return rowId(patientId, prescriptionId);
    }

    /** The milligrams a prescription supplied (R14). */
    public static int totalMgOf(String patientId, String prescriptionId) {
        Prescription row = findById(id(patientId, prescriptionId));
        if (row == null) {
            throw new IllegalStateException("No prescription " + prescriptionId + " of " + patientId);
        }
        return row.totalMg;
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
