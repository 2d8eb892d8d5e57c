package io.isoledger.alerts;

import io.isoledger.readmodel.PatientRow;
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

    String alertId;

    String rule;

    boolean blocking;

    String reason;

    LocalDate raisedOn;

    Instant raisedAt;

    String status;

    String resolvedBy;

    String resolutionNote;

    LocalDate resolvedOn;

    Instant resolvedAt;
}
