package io.isoledger.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read model: one safety alert and, once a clinician decided, its resolution. */
@Entity
@Table(name = "safety_alert")
public class SafetyAlert extends PanacheEntityBase {

    static final String OPEN = "OPEN";
    static final String RESOLVED = "RESOLVED";

    @Id
    String id;

    @Column(name = "patient_id")
    String patientId;

    @Column(name = "alert_id")
    String alertId;

    long sequence;

    String rule;

    boolean blocking;

    String reason;

    @Column(name = "raised_on")
    LocalDate raisedOn;

    @Column(name = "raised_at")
    Instant raisedAt;

    String status;

    @Column(name = "resolved_by")
    String resolvedBy;

    @Column(name = "resolution_note")
    String resolutionNote;

    @Column(name = "resolved_on")
    LocalDate resolvedOn;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    static String id(String patientId, String alertId) {
        return patientId + "/" + alertId;
    }

    static List<SafetyAlert> ofPatient(String patientId) {
        return list("patientId = ?1 order by sequence", patientId);
    }
}
