package io.isoledger.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** Read model: the audit trail, one row per event exactly as it stands on the events topic. */
@Entity
@Table(name = "event_history")
public class EventHistoryEntry extends PanacheEntityBase {

    @Id
    String eventId;

    String patientId;

    long sequence;

    String eventType;

    Instant occurredAt;

    String correlationId;

    String causationId;

    String actor;

    String data;

    static List<EventHistoryEntry> ofPatient(String patientId) {
        return list("patientId = ?1 order by sequence", patientId);
    }
}
