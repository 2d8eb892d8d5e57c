package io.isoledger.sideeffects;

import io.isoledger.domain.Reporter;
import io.isoledger.domain.SideEffectTerm;
import io.isoledger.readmodel.PatientRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Read model: one reported side effect. */
@Entity
@Table(name = "side_effect")
public class SideEffect extends PatientRow {

    @Enumerated(EnumType.STRING)
    SideEffectTerm term;

    int grade;

    LocalDate onsetOn;

    @Enumerated(EnumType.STRING)
    Reporter reportedBy;

    String notes;

    /** R11: the expected initial flare. */
    boolean expected;

    Instant reportedAt;
}
