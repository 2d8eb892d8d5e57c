package io.isoledger.domain;

import static io.isoledger.domain.Fixtures.ISSUED_ON;
import static io.isoledger.domain.Fixtures.PATIENT;
import static io.isoledger.domain.Fixtures.eligible;
import static io.isoledger.domain.Fixtures.ended;
import static io.isoledger.domain.Fixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;

import io.isoledger.domain.command.ScheduleProcedure;
import io.isoledger.domain.event.Event;
import io.isoledger.domain.event.ProcedureScheduled;
import java.time.LocalDate;
import java.util.List;

/** A course and the procedures scheduled around it, for {@link ScheduleProcedureSpec} and {@link ScheduleSurgerySpec}. */
final class ProcedureFixtures {

    /** A course of one 30-day supply from ISSUED_ON: its last day is END. */
    static final PatientHistory IN_TREATMENT = eligible().and(rx().issued());

    static final LocalDate END = ISSUED_ON.plusDays(29);
    static final PatientHistory ENDED = IN_TREATMENT.and(ended(END));
    static final LocalDate DURING = ISSUED_ON.plusDays(10);

    private ProcedureFixtures() {}

    static ScheduleProcedure schedule(ProcedureKind kind, LocalDate on) {
        return new ScheduleProcedure(PATIENT, "proc-1", kind, on);
    }

    static ProcedureScheduled scheduled(List<Event> events) {
        assertThat(events).singleElement().isInstanceOf(ProcedureScheduled.class);
        return (ProcedureScheduled) events.get(0);
    }
}
