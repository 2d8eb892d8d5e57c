package io.isoledger.procedures;

import io.isoledger.domain.ProcedureKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read model: a scheduled procedure and the R12 conflicts found when it was scheduled. */
@Entity
@Table(name = "scheduled_procedure")
public class ScheduledProcedure extends PanacheEntityBase {

    @Id
    String id;

    @Column(name = "patient_id")
    String patientId;

    @Column(name = "procedure_id")
    String procedureId;

    long sequence;

    @Enumerated(EnumType.STRING)
    ProcedureKind kind;

    @Column(name = "scheduled_on")
    LocalDate scheduledOn;

    boolean conflict;

    /** The conflicts as JSON, exactly as the event carries them. */
    String conflicts;

    @Column(name = "recorded_at")
    Instant recordedAt;

    static List<ScheduledProcedure> ofPatient(String patientId) {
        return list("patientId = ?1 order by sequence", patientId);
    }
}
