package io.isoledger.procedures;

import io.isoledger.domain.ProcedureKind;
import io.isoledger.readmodel.PatientRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Read model: a scheduled procedure and the R12 conflicts found when it was scheduled. */
@Entity
@Table(name = "scheduled_procedure")
public class ScheduledProcedure extends PatientRow {

    String procedureId;

    @Enumerated(EnumType.STRING)
    ProcedureKind kind;

    LocalDate scheduledOn;

    boolean conflict;

    /** The conflicts as JSON, exactly as the event carries them. */
    String conflicts;

    Instant recordedAt;
}
