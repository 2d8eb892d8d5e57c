package io.isoledger.alerts;

import io.isoledger.readmodel.PatientRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Read model: one safety alert and, once a clinician decided, its resolution. */
@Entity
@Table(name = "safety_alert")
public class SafetyAlert extends PatientRow {

    static final String OPEN = "OPEN";
    static final String RESOLVED = "RESOLVED";

    @Column(name = "alert_id")
    String alertId;

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
        return rowId(patientId, alertId);
    }
}
